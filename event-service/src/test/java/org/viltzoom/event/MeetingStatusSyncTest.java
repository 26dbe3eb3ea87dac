package org.viltzoom.event;

import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.test.junit.QuarkusTest;
import java.time.Duration;
import java.time.LocalDate;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.viltzoom.event.domain.MeetingHealth;
import org.viltzoom.event.domain.TrainingEvent;
import org.viltzoom.event.testing.EventApi;
import org.viltzoom.event.testing.TestClock;
import org.viltzoom.event.testing.ZoomWorld;

/** Transient errors never mark a meeting as deleted (case E-2). */
@QuarkusTest
class MeetingStatusSyncTest extends AcceptanceTestBase {

    @Test
    void onlyDefiniteAnswersChangeMeetingHealth() {
        ZoomWorld world = ZoomWorld.create(changes, 2, null);
        UUID id = UUID.fromString(EventApi.created(world.event(LocalDate.now().plusDays(10))));
        long creates = requests("POST", CREATE_MEETING);

        fault("GET", ONE_MEETING, 503, null, 1);
        assertThat(check(id)).isEqualTo(MeetingHealth.healthy());

        perSecondLimit("GET", ONE_MEETING, 1);
        assertThat(check(id)).isEqualTo(MeetingHealth.healthy());

        // The token broker client replaces a rejected token once; the second rejection reaches the check.
        fault("GET", ONE_MEETING, 401, 124, 2);
        assertThat(check(id)).isEqualTo(MeetingHealth.healthy());

        fault("GET", ONE_MEETING, 404, 1001, 1);
        MeetingHealth hostMissing = check(id);
        assertThat(hostMissing.hostMissing()).isTrue();
        assertThat(hostMissing.deletedInZoom()).isFalse();
        assertThat(hostMissing.suspectSince()).isNull();

        fault("GET", ONE_MEETING, 404, 3001, 1);
        MeetingHealth suspect = check(id);
        assertThat(suspect.suspectSince()).isNotNull();
        assertThat(suspect.deletedInZoom()).isFalse();

        TestClock.INSTANCE.advance(Duration.ofMinutes(5));
        fault("GET", ONE_MEETING, 404, 3001, 1);
        assertThat(check(id).deletedInZoom()).as("a second 3001 within 10 minutes confirms nothing").isFalse();

        TestClock.INSTANCE.advance(Duration.ofMinutes(6));
        fault("GET", ONE_MEETING, 404, 3001, 1);
        assertThat(check(id).deletedInZoom()).isTrue();

        assertThat(check(id)).isEqualTo(MeetingHealth.healthy());
        assertThat(requests("POST", CREATE_MEETING)).as("never recreates a meeting").isEqualTo(creates);
    }

    @Test
    void meetingDeletedNotificationConfirmsDeletion() {
        ZoomWorld world = ZoomWorld.create(changes, 2, null);
        UUID id = UUID.fromString(EventApi.created(world.event(LocalDate.now().plusDays(10))));
        long meetingId = EventApi.get(id.toString()).jsonPath().getLong("meeting.meetingId");

        sync.meetingDeletedInZoom(meetingId);

        assertThat(sync.checkMeeting(ZoomWorld.PLATFORM, id).meeting().meetingId()).isEqualTo(meetingId);
        TrainingEvent event = repository.findByMeetingId(meetingId).orElseThrow();
        assertThat(event.id()).isEqualTo(id);
    }

    @Test
    void periodicCheckFindsMeetingsOfUpcomingEvents() {
        ZoomWorld world = ZoomWorld.create(changes, 2, null);
        UUID id = UUID.fromString(EventApi.created(world.event(LocalDate.now().plusDays(3))));

        fault("GET", ONE_MEETING, 404, 3001, 1);
        int checked = sync.checkUpcomingMeetings();

        assertThat(checked).isGreaterThanOrEqualTo(1);
        assertThat(repository.find(ZoomWorld.PLATFORM, id).orElseThrow().health().suspectSince()).isNotNull();
    }

    private MeetingHealth check(UUID id) {
        return sync.checkMeeting(ZoomWorld.PLATFORM, id).health();
    }
}
