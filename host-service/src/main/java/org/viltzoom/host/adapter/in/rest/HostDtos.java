package org.viltzoom.host.adapter.in.rest;

import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.viltzoom.host.domain.HostStatus;
import org.viltzoom.kernel.event.host.HostUnpairReason;

/** Request and response bodies of the host API. */
final class HostDtos {

    private HostDtos() {
    }

    @Schema(name = "HostAssignment")
    record AssignHostsRequest(
            @Schema(description = "The LMS users to assign; 1 to the configured maximum (default 1000).")
            List<LmsUserBody> hosts) {
    }

    @Schema(name = "LmsUser")
    record LmsUserBody(
            @Schema(description = "The LMS's id of the user; 1 to 255 characters, no surrounding whitespace.")
            String lmsUserId,
            @Schema(description = "Matched to a Zoom user of the account, trimmed and ignoring letter case.")
            String email,
            @Schema(maxLength = 255) String firstName,
            @Schema(maxLength = 255) String lastName) {
    }

    @Schema(name = "HostAssignmentResult")
    record AssignmentResult(
            String lmsUserId,
            UUID hostId,
            @Schema(description = "False when the LMS user was a host of the account already.") boolean created,
            HostStatus status,
            @Schema(description = "Why the host is not paired; absent while PAIRED or PENDING_CHECK.")
            HostUnpairReason reason,
            String zoomUserId,
            boolean webinarCapable) {
    }

    @Schema(name = "HostAssignmentReport")
    record AssignmentReport(List<AssignmentResult> results, long paired, long notPaired, long pendingCheck) {
    }

    @Schema(name = "Host")
    record HostResponse(
            UUID id,
            UUID accountId,
            String lmsUserId,
            String email,
            String firstName,
            String lastName,
            HostStatus status,
            @Schema(description = "Why the host is not paired; absent while PAIRED or PENDING_CHECK.")
            HostUnpairReason reason,
            String zoomUserId,
            @Schema(description = "The Zoom user has a webinar licence or Zoom Events.") boolean webinarCapable,
            Instant lastCheckedAt,
            Instant createdAt,
            Instant updatedAt) {
    }

    @Schema(name = "HostPage")
    record HostPage(List<HostResponse> items, int page, int size, long total) {
    }
}
