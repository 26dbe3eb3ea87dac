package org.viltzoom.kernel.domain;

/** One instance of a Zoom meeting or webinar. A meeting id may run several times, each with its own UUID. */
public record ZoomMeetingUuid(String value) {

    public ZoomMeetingUuid {
        Identifiers.requireText(value, "Zoom meeting UUID");
    }

    public static ZoomMeetingUuid of(String value) {
        return new ZoomMeetingUuid(value);
    }

    @Override
    public String toString() {
        return value;
    }
}
