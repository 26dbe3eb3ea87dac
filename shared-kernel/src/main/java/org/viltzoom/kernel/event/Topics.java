package org.viltzoom.kernel.event;

import java.util.List;

/** Kafka topic names. Each domain-event topic is owned by one producing service. */
public final class Topics {

    public static final String ACCOUNT = "vilt.account.v1";
    public static final String HOST = "vilt.host.v1";
    public static final String TRAINING_EVENT = "vilt.training-event.v1";
    public static final String ATTENDANCE = "vilt.attendance.v1";

    /** Every verified Zoom notification, as received, keyed by Zoom account id. */
    public static final String ZOOM_NOTIFICATIONS = "zoom.notifications.v1";

    /** Suffix of the dead-letter topic that receives what a consumer of a topic could not process. */
    public static final String DEAD_LETTER_SUFFIX = ".dlq";

    public static final List<String> ALL = List.of(ACCOUNT, HOST, TRAINING_EVENT, ATTENDANCE, ZOOM_NOTIFICATIONS);

    private Topics() {
    }

    public static String deadLetterOf(String topic) {
        return topic + DEAD_LETTER_SUFFIX;
    }
}
