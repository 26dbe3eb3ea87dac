package org.viltzoom.account.adapter.out.persistence;

import java.util.Arrays;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
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
        return scopes == null ? "" : String.join(" ", new TreeSet<>(scopes));
    }

    default Set<String> splitScopes(String scopes) {
        if (scopes == null || scopes.isBlank()) {
            return Set.of();
        }
        return Arrays.stream(scopes.trim().split("\\s+")).collect(Collectors.toSet());
    }
}
