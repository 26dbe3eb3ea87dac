package org.viltzoom.host.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.viltzoom.kernel.domain.AccountId;
import org.viltzoom.kernel.domain.EmailAddress;
import org.viltzoom.kernel.domain.HostId;
import org.viltzoom.kernel.domain.LmsUserId;
import org.viltzoom.kernel.domain.PlatformId;
import org.viltzoom.kernel.event.host.HostUnpairReason;

class HostTest {

    private static final Instant NOW = Instant.parse("2026-05-01T10:00:00Z");
    private static final Duration PERIOD = Duration.ofHours(24);

    @Test
    void newHostIsDueForCheckAtOnce() {
        Host host = newHost();

        assertThat(host.status()).isEqualTo(HostStatus.PENDING_CHECK);
        assertThat(host.snapshot().checkDueAt()).isEqualTo(NOW);
    }

    @Test
    void checkReportsChangeOnlyOnce() {
        Host host = newHost();

        assertThat(host.applyCheck(Classification.paired("u-1", false), NOW, PERIOD)).isTrue();
        assertThat(host.applyCheck(Classification.paired("u-1", false), NOW.plusSeconds(60), PERIOD)).isFalse();
        assertThat(host.snapshot().checkDueAt()).isEqualTo(NOW.plusSeconds(60).plus(PERIOD));
    }

    @Test
    void webinarCapabilityChangeIsAChange() {
        Host host = newHost();
        host.applyCheck(Classification.paired("u-1", false), NOW, PERIOD);

        assertThat(host.applyCheck(Classification.paired("u-1", true), NOW, PERIOD)).isTrue();
    }

    @Test
    void deactivationKeepsZoomUser() {
        Host host = newHost();
        host.applyCheck(Classification.paired("u-1", true), NOW, PERIOD);

        assertThat(host.zoomUserDeactivated(NOW)).isTrue();
        assertThat(host.status()).isEqualTo(HostStatus.NOT_PAIRED);
        assertThat(host.unpairReason()).isEqualTo(HostUnpairReason.DEACTIVATED);
        assertThat(host.zoomUserId()).isEqualTo("u-1");
        assertThat(host.webinarCapable()).isFalse();
    }

    @Test
    void accountLossIsReportedOnce() {
        Host host = newHost();
        host.applyCheck(Classification.paired("u-1", false), NOW, PERIOD);

        assertThat(host.accountNotPaired(NOW)).isTrue();
        assertThat(host.accountNotPaired(NOW)).isFalse();
        assertThat(host.unpairReason()).isEqualTo(HostUnpairReason.ACCOUNT_NOT_PAIRED);
    }

    @Test
    void failedCheckKeepsStateAndReschedules() {
        Host host = newHost();
        host.applyCheck(Classification.paired("u-1", false), NOW, PERIOD);

        host.checkFailed(NOW.plusSeconds(30));

        assertThat(host.status()).isEqualTo(HostStatus.PAIRED);
        assertThat(host.snapshot().checkDueAt()).isEqualTo(NOW.plusSeconds(30));
    }

    @Test
    void profileUpdateReportsEmailChange() {
        Host host = newHost();

        assertThat(host.updateProfile(profile("A@example.com"), NOW)).isTrue();
        assertThat(host.updateProfile(profile("A@example.com"), NOW)).isFalse();
        assertThat(host.email().value()).isEqualTo("A@example.com");
    }

    private static Host newHost() {
        return Host.assign(HostId.random(), AccountId.random(), PlatformId.of("production"), profile("a@example.com"),
                NOW);
    }

    private static HostProfile profile(String email) {
        return new HostProfile(LmsUserId.of("lms-1"), EmailAddress.of(email), " Ada ", "Lovelace");
    }
}
