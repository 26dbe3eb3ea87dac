package org.viltzoom.host.adapter.out.persistence;

import java.util.Locale;
import org.mapstruct.AfterMapping;
import org.mapstruct.Mapper;
import org.mapstruct.Mapping;
import org.mapstruct.MappingTarget;
import org.viltzoom.host.domain.HostSnapshot;

@Mapper
interface HostEntityMapper {

    HostSnapshot toSnapshot(HostEntity entity);

    @Mapping(target = "emailNormalized", ignore = true)
    HostEntity toNewEntity(HostSnapshot snapshot);

    /** The version is Hibernate's, for optimistic locking; the creation fields never change. */
    @Mapping(target = "id", ignore = true)
    @Mapping(target = "accountId", ignore = true)
    @Mapping(target = "platform", ignore = true)
    @Mapping(target = "lmsUserId", ignore = true)
    @Mapping(target = "createdAt", ignore = true)
    @Mapping(target = "version", ignore = true)
    @Mapping(target = "emailNormalized", ignore = true)
    void update(HostSnapshot snapshot, @MappingTarget HostEntity entity);

    @AfterMapping
    default void normalizeEmail(@MappingTarget HostEntity entity) {
        entity.emailNormalized = entity.email.toLowerCase(Locale.ROOT);
    }
}
