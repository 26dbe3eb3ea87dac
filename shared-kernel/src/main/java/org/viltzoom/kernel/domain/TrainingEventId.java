package org.viltzoom.kernel.domain;

import java.util.Objects;
import java.util.UUID;

/** Identifier of a training event of event-service: one dated sitting backed by one Zoom meeting or webinar. */
public record TrainingEventId(UUID value) {

    public TrainingEventId {
        Objects.requireNonNull(value, "TrainingEventId value");
    }

    public static TrainingEventId random() {
        return new TrainingEventId(UUID.randomUUID());
    }

    /**
     * Parses the canonical UUID form.
     *
     * @throws IllegalArgumentException if the text is not a UUID
     */
    public static TrainingEventId parse(String text) {
        return new TrainingEventId(UUID.fromString(text));
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
