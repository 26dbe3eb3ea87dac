package org.viltzoom.host.domain;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.viltzoom.kernel.event.host.HostUnpairReason;

class HostClassifierTest {

    private static final String ACCOUNT = "zacct-1";

    @Test
    void activeLicensedUserIsPaired() {
        Classification result = HostClassifier.classify(found("active", 2, ACCOUNT), ACCOUNT, true);

        assertThat(result.status()).isEqualTo(HostStatus.PAIRED);
        assertThat(result.zoomUserId()).isEqualTo("u-1");
        assertThat(result.webinarCapable()).isTrue();
    }

    @Test
    void legacyCorporateTypeIsLicensed() {
        assertThat(HostClassifier.classify(found("active", 3, ACCOUNT), ACCOUNT).status()).isEqualTo(HostStatus.PAIRED);
    }

    @Test
    void pendingUserIsNotPairedEvenWhenLicensed() {
        assertThat(HostClassifier.classify(found("pending", 2, ACCOUNT), ACCOUNT).reason())
                .isEqualTo(HostUnpairReason.PENDING);
    }

    @Test
    void inactiveUserIsDeactivated() {
        assertThat(HostClassifier.classify(found("inactive", 2, ACCOUNT), ACCOUNT).reason())
                .isEqualTo(HostUnpairReason.DEACTIVATED);
    }

    @Test
    void basicUserIsNotLicensed() {
        Classification result = HostClassifier.classify(found("active", 1, ACCOUNT), ACCOUNT, true);

        assertThat(result.reason()).isEqualTo(HostUnpairReason.NOT_LICENSED);
        assertThat(result.webinarCapable()).isFalse();
    }

    @Test
    void userOfAnotherAccountIsNotInAccount() {
        Classification result = HostClassifier.classify(found("active", 2, "zacct-other"), ACCOUNT);

        assertThat(result.reason()).isEqualTo(HostUnpairReason.NOT_IN_ACCOUNT);
        assertThat(result.zoomUserId()).isNull();
    }

    @Test
    void lookupOutcomesMapToReasons() {
        assertThat(HostClassifier.classify(ZoomUserLookup.of(ZoomUserLookup.Outcome.NOT_FOUND), ACCOUNT).reason())
                .isEqualTo(HostUnpairReason.NOT_FOUND);
        assertThat(HostClassifier.classify(ZoomUserLookup.of(ZoomUserLookup.Outcome.NOT_IN_ACCOUNT), ACCOUNT).reason())
                .isEqualTo(HostUnpairReason.NOT_IN_ACCOUNT);
        assertThat(HostClassifier.classify(ZoomUserLookup.of(ZoomUserLookup.Outcome.NO_VISIBILITY), ACCOUNT).reason())
                .isEqualTo(HostUnpairReason.NO_VISIBILITY);
    }

    private static ZoomUserLookup found(String status, int type, String accountId) {
        return ZoomUserLookup.found(new ZoomUser("u-1", "a@example.com", accountId, type, ZoomUserStatus.parse(status)));
    }
}
