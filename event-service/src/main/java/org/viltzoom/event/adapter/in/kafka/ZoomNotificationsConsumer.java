package org.viltzoom.event.adapter.in.kafka;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.io.IOException;
import java.util.List;
import org.viltzoom.event.application.port.in.RecordRecordings;
import org.viltzoom.event.application.port.in.SyncZoomMeetings;
import org.viltzoom.kernel.event.Topics;
import org.viltzoom.kernel.event.ZoomNotifications;
import org.viltzoom.kernel.inbox.InboundMessage;
import org.viltzoom.kernel.inbox.InboxConsumers;
import org.viltzoom.kernel.inbox.PoisonMessageException;

/**
 * Takes the Zoom notifications event-service owns: {@code meeting.deleted}, {@code webinar.deleted},
 * {@code recording.completed} and {@code recording.transcript_completed}.
 */
@ApplicationScoped
class ZoomNotificationsConsumer {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final List<String> DELETED = List.of("meeting.deleted", "webinar.deleted");
    private static final List<String> RECORDINGS = List.of("recording.completed", "recording.transcript_completed");

    @Inject
    InboxConsumers consumers;

    @Inject
    SyncZoomMeetings sync;

    @Inject
    RecordRecordings recordings;

    void start(@Observes StartupEvent event) {
        consumers.subscribe("zoom-notifications", List.of(Topics.ZOOM_NOTIFICATIONS),
                (key, value) -> ZoomNotifications.contentId(value), this::apply);
    }

    void apply(InboundMessage message) {
        JsonNode notification;
        try {
            notification = JSON.readTree(message.value());
        } catch (IOException e) {
            throw new PoisonMessageException("Zoom notification is not valid JSON", e);
        }
        String type = notification.path("event").asText();
        if (RECORDINGS.contains(type)) {
            recordings.filesAnnounced(RecordingNotifications.files(notification));
            return;
        }
        if (!DELETED.contains(type)) {
            return;
        }
        // object.id is a string in some notifications and a number in others.
        JsonNode id = notification.path("payload").path("object").path("id");
        if (!id.canConvertToLong() && !id.asText("").matches("\\d{1,19}")) {
            throw new PoisonMessageException(notification.path("event").asText() + " lacks a numeric payload.object.id");
        }
        sync.meetingDeletedInZoom(id.canConvertToLong() ? id.asLong() : Long.parseLong(id.asText()));
    }
}
