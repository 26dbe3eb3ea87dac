package org.viltzoom.localrun.lms;

/** One result of a host assignment; {@code reason} is null while the host is PAIRED. */
public record AssignedHost(String lmsUserId, String hostId, String email, String status, String reason,
                           String zoomUserId, boolean webinarCapable) {
}
