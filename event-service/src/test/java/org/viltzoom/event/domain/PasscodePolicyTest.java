package org.viltzoom.event.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.SplittableRandom;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class PasscodePolicyTest {

    private static final PasscodePolicy LENGTH_8_LETTER_NUMBER = new PasscodePolicy(8, true, true, false, false, false, 0);

    static Stream<PasscodePolicy> policies() {
        return Stream.of(
                LENGTH_8_LETTER_NUMBER,
                PasscodePolicy.none(),
                new PasscodePolicy(10, true, true, true, true, false, 4),
                new PasscodePolicy(6, false, false, false, false, true, 3),
                new PasscodePolicy(9, false, true, true, false, false, 0));
    }

    @ParameterizedTest
    @MethodSource("policies")
    void thousandGeneratedPasscodesSatisfyPolicy(PasscodePolicy policy) {
        SplittableRandom random = new SplittableRandom(42);
        for (int i = 0; i < 1_000; i++) {
            String passcode = policy.generate(random);
            assertThat(policy.violations(passcode)).as(passcode).isEmpty();
            assertThat(passcode).matches("[a-zA-Z0-9@\\-_*]{1,10}");
        }
    }

    static Stream<Arguments> rejected() {
        return Stream.of(
                Arguments.of(LENGTH_8_LETTER_NUMBER, "123456", "must have at least 8 characters"),
                Arguments.of(LENGTH_8_LETTER_NUMBER, "12345678", "must contain a letter"),
                Arguments.of(LENGTH_8_LETTER_NUMBER, "abcdefgh", "must contain a number"),
                Arguments.of(LENGTH_8_LETTER_NUMBER, "abcdefgh12345", "must be 1 to 10 characters"),
                Arguments.of(new PasscodePolicy(0, false, false, false, false, true, 0), "12ab", "digits only"),
                Arguments.of(new PasscodePolicy(0, false, false, true, false, false, 0), "abc123", "upper and lower"),
                Arguments.of(new PasscodePolicy(0, false, false, false, true, false, 0), "abc123", "one of @, -, _ or *"),
                Arguments.of(new PasscodePolicy(0, false, false, false, false, false, 4), "x1234y", "in a row"));
    }

    @ParameterizedTest(name = "{1} -> {2}")
    @MethodSource("rejected")
    void passcodeBreakingPolicyIsRejected(PasscodePolicy policy, String passcode, String problem) {
        assertThat(policy.violations(passcode)).anySatisfy(message -> assertThat(message).contains(problem));
    }

    @Test
    void policyDescriptionNamesEachRule() {
        assertThat(LENGTH_8_LETTER_NUMBER.describe()).isEqualTo("at least 8 characters, a letter, a number");
    }
}
