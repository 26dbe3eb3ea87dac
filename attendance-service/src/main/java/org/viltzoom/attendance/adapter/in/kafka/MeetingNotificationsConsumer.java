package org.viltzoom.attendance.adapter.in.kafka;

import com.fasterxml.jackson.databind.JsonNode;
import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.viltzoom.attendance.application.MeetingActivityRecorder;
import org.viltzoom.kernel.inbox.InboxConsumers;
import org.viltzoom.kernel.inbox.PoisonMessageException;

/**
 * Takes the meeting and webinar start, end, join and leave notifications from the verified Zoom
 * notifications. A notification without the fields it needs goes to the dead-letter topic.
 */
@ApplicationScoped
class MeetingNotificationsConsumer {

    static final Set<String> STARTED = Set.of("meeting.started", "webinar.started");
    static final Set<String> ENDED = Set.of("meeting.ended", "webinar.ended");
    static final Set<String> JOINED = Set.of("meeting.participant_joined", "webinar.participant_joined");
    static final Set<String> LEFT = Set.of("meeting.participant_left", "webinar.participant_left");

    @Inject
    InboxConsumers consumers;

    @Inject
    MeetingActivityRecorder recorder;

    void start(@Observes StartupEvent event) {
        Set<String> events = Stream.of(STARTED, ENDED, JOINED, LEFT)
                .flatMap(Set::stream)
                .collect(Collectors.toUnmodifiableSet());
        consumers.subscribeToZoomNotifications("meeting-notifications", events, this::apply);
    }

    void apply(String event, JsonNode notification) {
        try {
            MeetingObject meeting = MeetingObject.of(notification.path("payload").path("object"));
            if (STARTED.contains(event)) {
                recorder.started(meeting.uuid(), meeting.id(), meeting.hostId(), meeting.requiredTime("start_time"));
            } else if (ENDED.contains(event)) {
                recorder.ended(meeting.uuid(), meeting.id(), meeting.hostId(), meeting.optionalTime("start_time"),
                        meeting.requiredTime("end_time"));
            } else if (JOINED.contains(event)) {
                recorder.joined(meeting.participant("join_time"));
            } else if (LEFT.contains(event)) {
                recorder.left(meeting.participant("leave_time"));
            }
        } catch (IllegalArgumentException e) {
            throw new PoisonMessageException("invalid " + event + " notification: " + e.getMessage(), e);
        }
    }
}
