package org.viltzoom.kernel.domain;

/**
 * A Zoom meeting or webinar id. Zoom's ids exceed 32 bits, and notifications carry them as a
 * string in some events and a number in others, so parsing accepts both forms.
 */
public record ZoomMeetingId(long value) {

    public ZoomMeetingId {
        if (value <= 0) {
            throw new IllegalArgumentException("Zoom meeting id must be positive, was " + value);
        }
    }

    public static ZoomMeetingId of(long value) {
        return new ZoomMeetingId(value);
    }

    /**
     * Parses the decimal form that Zoom uses in URLs and string-typed JSON fields.
     *
     * @throws IllegalArgumentException if the text is not a positive decimal number
     */
    public static ZoomMeetingId parse(String text) {
        try {
            return new ZoomMeetingId(Long.parseLong(text.trim()));
        } catch (NumberFormatException | NullPointerException e) {
            throw new IllegalArgumentException("invalid Zoom meeting id '" + text + "'", e);
        }
    }

    @Override
    public String toString() {
        return Long.toString(value);
    }
}
