package org.viltzoom.attendance.adapter.in.kafka;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.viltzoom.attendance.application.port.out.ParticipantReport;

class MeetingObjectTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    @Test
    void meetingIdAsStringOrNumber() throws Exception {
        assertThat(MeetingObject.of(object("{\"uuid\":\"u==\",\"id\":\"86431910364\"}")).id()).isEqualTo(86431910364L);
        assertThat(MeetingObject.of(object("{\"uuid\":\"u==\",\"id\":86431910364}")).id()).isEqualTo(86431910364L);
    }

    @Test
    void invalidMeetingIdIsRejected() throws Exception {
        assertThatThrownBy(() -> MeetingObject.of(object("{\"uuid\":\"u==\",\"id\":\"abc\"}")))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("object.id");
        assertThatThrownBy(() -> MeetingObject.of(object("{\"uuid\":\"u==\"}")))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> MeetingObject.of(object("{\"id\":1}")))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("object.uuid");
    }

    @Test
    void blankParticipantFieldsBecomeNull() throws Exception {
        MeetingObject meeting = MeetingObject.of(object("{\"uuid\":\"u==\",\"id\":1,\"participant\":{"
                + "\"user_id\":\"16778240\",\"id\":\"\",\"email\":\"\",\"registrant_id\":\"\",\"customer_key\":null,"
                + "\"user_name\":\"Guest\",\"join_time\":\"2026-03-02T14:00:00Z\"}}"));

        ParticipantReport report = meeting.participant("join_time");

        assertThat(report.participantUuid()).isNull();
        assertThat(report.userId()).isEqualTo("16778240");
        assertThat(report.zoomUserId()).isNull();
        assertThat(report.email()).isNull();
        assertThat(report.registrantId()).isNull();
        assertThat(report.customerKey()).isNull();
        assertThat(report.time()).isEqualTo(Instant.parse("2026-03-02T14:00:00Z"));
    }

    @Test
    void participantWithoutTimeIsRejected() throws Exception {
        MeetingObject meeting = MeetingObject.of(object(
                "{\"uuid\":\"u==\",\"id\":1,\"participant\":{\"participant_uuid\":\"P-1\"}}"));

        assertThatThrownBy(() -> meeting.participant("leave_time"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("leave_time");
    }

    private static JsonNode object(String json) throws Exception {
        return JSON.readTree(json);
    }
}
