package org.viltzoom.host.adapter.in.rest;

import org.mapstruct.Mapper;
import org.mapstruct.Mapping;
import org.viltzoom.host.adapter.in.rest.HostDtos.AssignmentResult;
import org.viltzoom.host.adapter.in.rest.HostDtos.HostResponse;
import org.viltzoom.host.domain.HostSnapshot;

@Mapper
interface HostRestMapper {

    @Mapping(target = "reason", source = "unpairReason")
    HostResponse toResponse(HostSnapshot host);

    @Mapping(target = "hostId", source = "host.id")
    @Mapping(target = "lmsUserId", source = "host.lmsUserId")
    @Mapping(target = "status", source = "host.status")
    @Mapping(target = "reason", source = "host.unpairReason")
    @Mapping(target = "zoomUserId", source = "host.zoomUserId")
    @Mapping(target = "webinarCapable", source = "host.webinarCapable")
    AssignmentResult toResult(HostSnapshot host, boolean created);
}
