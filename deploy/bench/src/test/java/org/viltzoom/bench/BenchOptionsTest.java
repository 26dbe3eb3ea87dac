package org.viltzoom.bench;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class BenchOptionsTest {

    private static BenchOptions parse(String... extra) {
        List<String> args = new ArrayList<>(List.of("--apps", "apps", "--work", "work", "--results", "r.md",
                "--json", "r.json"));
        args.addAll(List.of(extra));
        return BenchOptions.parse(args.toArray(String[]::new));
    }

    @Test
    void defaultsAreTheFullRun() {
        BenchOptions options = parse();

        assertThat(options.runs()).isEqualTo(3);
        assertThat(options.learners()).isEqualTo(10_000);
        assertThat(options.largeParticipants()).isEqualTo(50_000);
        assertThat(options.connections()).isEqualTo(32);
        assertThat(options.profile()).isTrue();
    }

    @Test
    void invalidValuesNameTheOption() {
        assertThatThrownBy(() -> parse("--profile", "maybe"))
                .hasMessage("--profile must be true or false, got 'maybe'");
        assertThatThrownBy(() -> parse("--runs", "0"))
                .hasMessage("--runs must be at least 1, got 0");
        assertThatThrownBy(() -> parse("--learners", "-5"))
                .hasMessage("--learners must be at least 1, got -5");
        assertThatThrownBy(() -> parse("--quiet-load", "abc"))
                .hasMessage("--quiet-load must be a number, got 'abc'");
        assertThatThrownBy(() -> parse("--connections", "65"))
                .hasMessageStartingWith("--connections must be between 1 and 64");
        assertThatThrownBy(() -> parse("--compare-with", "/nonexistent/results.json"))
                .hasMessageStartingWith("--compare-with /nonexistent/results.json is not a file");
        assertThatThrownBy(() -> parse("--idle-seconds", "-1"))
                .hasMessage("--idle-seconds must be at least 0, got -1");
        assertThatThrownBy(() -> parse("--rate", "0"))
                .hasMessage("--rate must be at least 1, got 0");
        assertThatThrownBy(() -> parse("--quiet-load", "0"))
                .hasMessage("--quiet-load must be greater than 0, got 0.0");
        assertThatThrownBy(() -> parse("--nonsense", "1"))
                .hasMessage("unknown options: [nonsense]");
    }
}
