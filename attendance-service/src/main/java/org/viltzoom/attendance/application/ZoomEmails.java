package org.viltzoom.attendance.application;

import org.viltzoom.kernel.domain.EmailAddress;

/** Reads emails from Zoom and the LMS, where blank and malformed values occur. */
public final class ZoomEmails {

    private ZoomEmails() {
    }

    /** Returns null for a blank or malformed address, which then never matches anyone. */
    public static EmailAddress parse(String raw) {
        try {
            return EmailAddress.ofNullable(raw);
        } catch (IllegalArgumentException e) {
            return null;
        }
    }
}
