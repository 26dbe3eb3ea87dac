package org.viltzoom.kernel.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import org.junit.jupiter.api.Test;

class EmailAddressTest {

    @Test
    void trimsSurroundingWhitespace() {
        assertThat(EmailAddress.of("  learner1@example.com \t").value()).isEqualTo("learner1@example.com");
    }

    @Test
    void comparesCaseInsensitively() {
        assertThat(EmailAddress.of("Learner5@Example.COM")).isEqualTo(EmailAddress.of("learner5@example.com"));
        assertThat(EmailAddress.of("Learner5@Example.COM").hashCode())
                .isEqualTo(EmailAddress.of("learner5@example.com").hashCode());
    }

    @Test
    void keepsDotsAndPlusTags() {
        assertThat(EmailAddress.of("jo.a@example.com")).isNotEqualTo(EmailAddress.of("joa@example.com"));
        assertThat(EmailAddress.of("jo+vilt@example.com")).isNotEqualTo(EmailAddress.of("jo@example.com"));
    }

    @Test
    void keepsOriginalCaseForDisplay() {
        assertThat(EmailAddress.of("Learner5@Example.COM").value()).isEqualTo("Learner5@Example.COM");
        assertThat(EmailAddress.of("Learner5@Example.COM").normalized()).isEqualTo("learner5@example.com");
    }

    @Test
    void rejectsBlankAndMalformed() {
        assertThatIllegalArgumentException().isThrownBy(() -> EmailAddress.of(""));
        assertThatIllegalArgumentException().isThrownBy(() -> EmailAddress.of("   "));
        assertThatIllegalArgumentException().isThrownBy(() -> EmailAddress.of("no-at-sign"));
        assertThatIllegalArgumentException().isThrownBy(() -> EmailAddress.of("@example.com"));
        assertThatIllegalArgumentException().isThrownBy(() -> EmailAddress.of("learner@"));
        assertThatIllegalArgumentException().isThrownBy(() -> EmailAddress.of("a@b@example.com"));
        assertThatIllegalArgumentException().isThrownBy(() -> EmailAddress.of("jo a@example.com"));
        assertThatIllegalArgumentException().isThrownBy(() -> EmailAddress.of("a".repeat(250) + "@example.com"));
    }

    @Test
    void ofNullableTreatsBlankAsAbsent() {
        assertThat(EmailAddress.ofNullable(null)).isNull();
        assertThat(EmailAddress.ofNullable("")).isNull();
        assertThat(EmailAddress.ofNullable("  ")).isNull();
        assertThat(EmailAddress.ofNullable("learner7@example.com")).isEqualTo(EmailAddress.of("learner7@example.com"));
    }
}
