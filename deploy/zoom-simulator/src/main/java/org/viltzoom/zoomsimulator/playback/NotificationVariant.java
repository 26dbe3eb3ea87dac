package org.viltzoom.zoomsimulator.playback;

/**
 * Shapes of participant notifications. DOCUMENTED matches the {@code @zoom/rivet} 0.4.0 types;
 * the others are deviations seen in notifications captured from real Zoom accounts.
 */
public enum NotificationVariant {
    DOCUMENTED,
    /** participant.registrant_id is JSON null, which rivet's string type rejects. */
    REGISTRANT_ID_NULL,
    /** participant.registrant_id is an empty string. */
    REGISTRANT_ID_EMPTY,
    /** object.id is a JSON number instead of the documented string. */
    OBJECT_ID_NUMBER
}
