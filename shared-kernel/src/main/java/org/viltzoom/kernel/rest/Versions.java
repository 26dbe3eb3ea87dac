package org.viltzoom.kernel.rest;

import jakarta.ws.rs.core.EntityTag;

/**
 * A resource's version as an HTTP entity tag, and the If-Match check that every change of a
 * versioned resource requires, so that a concurrent change is never overwritten silently.
 */
public final class Versions {

    private Versions() {
    }

    public static EntityTag etag(long version) {
        return new EntityTag(Long.toString(version));
    }

    /**
     * Reads the version from {@code If-Match}.
     *
     * @throws ProblemException 428 when the header is missing, 400 when it is not a version of this API
     */
    public static long fromIfMatch(String ifMatch) {
        if (ifMatch == null || ifMatch.isBlank()) {
            throw new ProblemException(428, "if-match-required", "Precondition required",
                    "Send the resource's ETag in If-Match, so that a concurrent change is not overwritten.");
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
