package org.viltzoom.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class TopicAuditTest {

    @Test
    void findsParticipantUuidOfGeneratedBody() {
        ZoomNotificationBodies bodies = new ZoomNotificationBodies("acct", 85_000_000_041L, "inst==", "host",
                Instant.parse("2026-05-05T14:00:00Z"));
        byte[] body = bodies.participant("meeting.participant_joined",
                new ZoomNotificationBodies.Participant("16780001", "run-7-42", "Learner", "l@example.com"),
                "join_time", Instant.parse("2026-05-05T14:01:00.250Z"));

        String text = new String(body, StandardCharsets.UTF_8);

        assertThat(TopicAudit.participantUuid(text)).isEqualTo("run-7-42");
        assertThat(text).contains("\"join_time\":\"2026-05-05T14:01:00Z\"");
    }

    @Test
    void returnsNullWithoutParticipant() {
        assertThat(TopicAudit.participantUuid("{\"event\":\"meeting.ended\"}")).isNull();
    }
}
