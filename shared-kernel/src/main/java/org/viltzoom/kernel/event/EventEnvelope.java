package org.viltzoom.kernel.event;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.time.Instant;
import java.util.Objects;
import java.util.UUID;

/**
 * The JSON message on every domain-event topic, with CloudEvents 1.0 attribute names so that
 * CloudEvents tooling reads it in structured mode. {@code platform} is a CloudEvents extension
 * attribute. The {@code id} is the deduplication key of every consumer's inbox.
 *
 * @param <T> the payload type
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record EventEnvelope<T>(
        String specversion,
        UUID id,
        String type,
        String source,
        Instant time,
        String subject,
        String platform,
        String datacontenttype,
        T data) {

    public static final String SPEC_VERSION = "1.0";
    public static final String DATA_CONTENT_TYPE = "application/json";

    public EventEnvelope {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(source, "source");
        Objects.requireNonNull(time, "time");
        Objects.requireNonNull(subject, "subject");
        Objects.requireNonNull(platform, "platform");
    }

    /** Wraps a domain event, taking its type and subject from the event itself. */
    public static <E extends DomainEvent> EventEnvelope<E> wrap(
            UUID id, String source, Instant time, String platform, E event) {
        return new EventEnvelope<>(SPEC_VERSION, id, event.eventType(), source, time,
                event.subject(), platform, DATA_CONTENT_TYPE, event);
    }
}
