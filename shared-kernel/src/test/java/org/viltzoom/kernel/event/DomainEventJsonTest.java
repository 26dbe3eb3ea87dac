package org.viltzoom.kernel.event;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.Instant;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.viltzoom.kernel.event.account.AccountOptions;
import org.viltzoom.kernel.event.account.AccountPaired;
import org.viltzoom.kernel.event.account.AccountSettingsChanged;
import org.viltzoom.kernel.event.account.AccountSuperseded;
import org.viltzoom.kernel.event.account.AccountUnpaired;
import org.viltzoom.kernel.event.account.PairingMode;
import org.viltzoom.kernel.event.account.UnpairReason;
import org.viltzoom.kernel.event.attendance.AttendanceFinalized;
import org.viltzoom.kernel.event.host.HostPaired;
import org.viltzoom.kernel.event.host.HostUnpairReason;
import org.viltzoom.kernel.event.host.HostUnpaired;
import org.viltzoom.kernel.event.trainingevent.AttendanceRule;
import org.viltzoom.kernel.event.trainingevent.LearnerEnrolled;
import org.viltzoom.kernel.event.trainingevent.LearnerUnenrolled;
import org.viltzoom.kernel.event.trainingevent.TrainingEventCancelled;
import org.viltzoom.kernel.event.trainingevent.TrainingEventInvalidated;
import org.viltzoom.kernel.event.trainingevent.TrainingEventKind;
import org.viltzoom.kernel.event.trainingevent.TrainingEventReplaced;
import org.viltzoom.kernel.event.trainingevent.TrainingEventSchedule;
import org.viltzoom.kernel.event.trainingevent.TrainingEventScheduled;
import org.viltzoom.kernel.event.trainingevent.ZoomMeetingRef;

class DomainEventJsonTest {

    private static final Instant AT = Instant.parse("2026-03-10T14:00:00Z");
    private static final UUID ACCOUNT = UUID.fromString("8d0a6f5e-0000-4000-8000-000000000001");
    private static final UUID HOST = UUID.fromString("8d0a6f5e-0000-4000-8000-000000000002");
    private static final UUID EVENT = UUID.fromString("8d0a6f5e-0000-4000-8000-000000000003");

    static List<DomainEvent> oneOfEachContract() {
        AccountOptions options = new AccountOptions(10, 200, 5, true, false, null, List.of("tpl-1"), "tpl-1");
        TrainingEventSchedule schedule = new TrainingEventSchedule(EVENT, ACCOUNT, "C-1", "S-1", "Onboarding",
                TrainingEventKind.WEBINAR, AT, AT.plusSeconds(3600), null, null, "Europe/Berlin", HOST,
                "h@example.com", List.of("alt@example.com"), List.of("U-1"),
                new AttendanceRule(AttendanceRule.Mode.PERCENTAGE, 80));
        ZoomMeetingRef oldMeeting = new ZoomMeetingRef(85_000_000_001L, "https://zoom.example/j/85000000001");
        ZoomMeetingRef newMeeting = new ZoomMeetingRef(85_000_000_002L, "https://zoom.example/j/85000000002");

        return List.of(
                new AccountPaired(ACCOUNT, "Main", "Qx7rTmZ1Sa2bC3dE4fG5hA", PairingMode.OAUTH, "app-1", options, AT),
                new AccountSettingsChanged(ACCOUNT, options, AT),
                new AccountUnpaired(ACCOUNT, "Qx7rTmZ1Sa2bC3dE4fG5hA", UnpairReason.TOKEN_REVOKED, AT),
                new AccountSuperseded(ACCOUNT, "Qx7rTmZ1Sa2bC3dE4fG5hA", UUID.randomUUID(), "sandbox", AT),
                new HostPaired(HOST, ACCOUNT, "U-1", "h@example.com", "Hana", "Host", "zu-1", true, AT),
                new HostUnpaired(HOST, ACCOUNT, "U-1", "h@example.com", null, HostUnpairReason.NOT_LICENSED, false, AT),
                new TrainingEventScheduled(schedule, oldMeeting),
                new TrainingEventReplaced(schedule, oldMeeting, newMeeting),
                new TrainingEventCancelled(EVENT, newMeeting, AT),
                new TrainingEventInvalidated(EVENT, ACCOUNT, TrainingEventInvalidated.Reason.ACCOUNT_SUPERSEDED, AT),
                new LearnerEnrolled(EVENT, "U-201", "learner3@example.com", "Lee", "Learner", "REG-77", null),
                new LearnerUnenrolled(EVENT, "U-201"),
                new AttendanceFinalized(EVENT, 1,
                        List.of(new AttendanceFinalized.MeetingInstance(85_000_000_001L, "instA1==", AT, AT.plusSeconds(3600))),
                        3600,
                        List.of(new AttendanceFinalized.LearnerAttendance("U-201", "ATTENDED", 3180, 88.3, 2, false)),
                        List.of(new AttendanceFinalized.UnmatchedParticipant("Jo Example", null, 600)),
                        AT.plusSeconds(3601)));
    }

    @Test
    void everyContractIsRegisteredAndRoundTrips() {
        Set<String> types = new HashSet<>();
        for (DomainEvent event : oneOfEachContract()) {
            EventEnvelope<DomainEvent> envelope =
                    EventEnvelope.wrap(UUID.randomUUID(), "urn:vilt-zoom:test", AT, "production", event);

            EventEnvelope<DomainEvent> read = DomainEventJson.read(DomainEventJson.write(envelope));

            assertThat(read).as(event.eventType()).isEqualTo(envelope);
            assertThat(DomainEventCatalog.topicOf(event)).isNotBlank();
            types.add(event.eventType());
        }

        Set<String> registered = new HashSet<>();
        DomainEventCatalog.entries().forEach(entry -> registered.add(entry.type()));
        assertThat(types).isEqualTo(registered);
    }

    @Test
    void envelopeUsesCloudEventsAttributeNames() throws Exception {
        EventEnvelope<DomainEvent> envelope = EventEnvelope.wrap(UUID.randomUUID(), "urn:vilt-zoom:test", AT,
                "production", new LearnerUnenrolled(EVENT, "U-201"));

        JsonNode json = new ObjectMapper().readTree(DomainEventJson.write(envelope));

        assertThat(json.get("specversion").asText()).isEqualTo("1.0");
        assertThat(json.get("id").asText()).isEqualTo(envelope.id().toString());
        assertThat(json.get("type").asText()).isEqualTo("vilt.training-event.learner-unenrolled.v1");
        assertThat(json.get("source").asText()).isEqualTo("urn:vilt-zoom:test");
        assertThat(json.get("time").asText()).isEqualTo("2026-03-10T14:00:00Z");
        assertThat(json.get("subject").asText()).isEqualTo(EVENT.toString());
        assertThat(json.get("platform").asText()).isEqualTo("production");
        assertThat(json.get("datacontenttype").asText()).isEqualTo("application/json");
        assertThat(json.get("data").get("lmsUserId").asText()).isEqualTo("U-201");
        assertThat(json.get("data").has("eventType")).isFalse();
    }

    @Test
    void readersIgnoreUnknownFields() {
        String json = """
                {"specversion":"1.0","id":"%s","type":"vilt.training-event.learner-unenrolled.v1",
                 "source":"urn:vilt-zoom:event-service","time":"2026-03-10T14:00:00Z","subject":"%s",
                 "platform":"production","futureAttribute":1,
                 "data":{"trainingEventId":"%s","lmsUserId":"U-9","addedLater":"x"}}
                """.formatted(UUID.randomUUID(), EVENT, EVENT);

        EventEnvelope<DomainEvent> envelope = DomainEventJson.read(json);

        assertThat(envelope.data()).isEqualTo(new LearnerUnenrolled(EVENT, "U-9"));
    }

    @Test
    void unreadableEnvelopesAreMalformed() {
        assertThatThrownBy(() -> DomainEventJson.read("{not json")).isInstanceOf(MalformedEnvelopeException.class);
        assertThatThrownBy(() -> DomainEventJson.read("[]")).isInstanceOf(MalformedEnvelopeException.class);
        assertThatThrownBy(() -> DomainEventJson.read("{\"type\":\"vilt.nothing.v9\",\"data\":{}}"))
                .isInstanceOf(MalformedEnvelopeException.class)
                .hasMessageContaining("unknown domain event type");
        assertThatThrownBy(() -> DomainEventJson.readId("{\"id\":\"nope\"}"))
                .isInstanceOf(MalformedEnvelopeException.class);
    }
}
