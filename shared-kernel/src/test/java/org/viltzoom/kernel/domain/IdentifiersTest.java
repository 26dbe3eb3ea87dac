package org.viltzoom.kernel.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import org.junit.jupiter.api.Test;

class IdentifiersTest {

    @Test
    void platformIdAcceptsLmsInstallationNames() {
        assertThat(PlatformId.of("production").value()).isEqualTo("production");
        assertThat(PlatformId.of("sandbox-2").value()).isEqualTo("sandbox-2");
    }

    @Test
    void platformIdRejectsUpperCaseBlankAndLongNames() {
        assertThatIllegalArgumentException().isThrownBy(() -> PlatformId.of("Production"));
        assertThatIllegalArgumentException().isThrownBy(() -> PlatformId.of(""));
        assertThatIllegalArgumentException().isThrownBy(() -> PlatformId.of("a".repeat(64)));
        assertThatIllegalArgumentException().isThrownBy(() -> PlatformId.of(null));
    }

    @Test
    void zoomMeetingIdExceeds32Bits() {
        assertThat(ZoomMeetingId.parse("85000000001").value()).isEqualTo(85_000_000_001L);
        assertThat(ZoomMeetingId.parse(" 86431910364 ").toString()).isEqualTo("86431910364");
    }

    @Test
    void zoomMeetingIdRejectsNonNumbers() {
        assertThatIllegalArgumentException().isThrownBy(() -> ZoomMeetingId.parse("abc"));
        assertThatIllegalArgumentException().isThrownBy(() -> ZoomMeetingId.parse(null));
        assertThatIllegalArgumentException().isThrownBy(() -> ZoomMeetingId.of(0));
    }

    @Test
    void textIdsRejectBlankAndPaddedValues() {
        assertThat(LmsUserId.of("U-201").value()).isEqualTo("U-201");
        assertThatIllegalArgumentException().isThrownBy(() -> LmsUserId.of(" "));
        assertThatIllegalArgumentException().isThrownBy(() -> LmsUserId.of(" U-1"));
        assertThatIllegalArgumentException().isThrownBy(() -> ZoomUserId.of("x".repeat(256)));
    }

    @Test
    void uuidIdsRoundTrip() {
        AccountId id = AccountId.random();
        assertThat(AccountId.parse(id.toString())).isEqualTo(id);
        assertThatIllegalArgumentException().isThrownBy(() -> HostId.parse("not-a-uuid"));
    }
}
