package org.viltzoom.event.adapter.in.rest;

import jakarta.ws.rs.core.EntityTag;
import org.viltzoom.kernel.rest.ProblemException;

/** The event version as an HTTP entity tag, and the If-Match check of every change. */
final class Versions {

    private Versions() {
    }

    static EntityTag etag(long version) {
        return new EntityTag(Long.toString(version));
    }

    /**
     * Reads the version from {@code If-Match}.
     *
     * @throws ProblemException 428 when the header is missing, 400 when it is not a version of this API
     */
    static long fromIfMatch(String ifMatch) {
        if (ifMatch == null || ifMatch.isBlank()) {
            throw new ProblemException(428, "if-match-required", "Precondition required",
                    "Send the event's ETag in If-Match, so that a concurrent change is not overwritten.");
        }
        String tag = ifMatch.trim();
        if (tag.startsWith("W/")) {
            tag = tag.substring(2);
        }
        tag = tag.replace("\"", "");
        try {
            return Long.parseLong(tag);
        } catch (NumberFormatException e) {
            throw new ProblemException(400, "invalid-if-match", "Invalid request",
                    "If-Match must be an ETag returned by this API, such as \"3\"; was " + ifMatch);
        }
    }
}
