package org.viltzoom.account.adapter.out.persistence;

import java.util.Set;
import org.mapstruct.Mapper;
import org.mapstruct.Mapping;
import org.mapstruct.MappingTarget;
import org.viltzoom.account.domain.AccountSnapshot;

@Mapper
interface AccountEntityMapper {

    AccountSnapshot toSnapshot(AccountEntity entity);

    AccountEntity toNewEntity(AccountSnapshot snapshot);

    @Mapping(target = "id", ignore = true)
    @Mapping(target = "createdAt", ignore = true)
    void update(AccountSnapshot snapshot, @MappingTarget AccountEntity entity);

    default String joinScopes(Set<String> scopes) {
        return ScopeColumns.join(scopes);
    }

    default Set<String> splitScopes(String scopes) {
        return ScopeColumns.split(scopes);
    }
}
