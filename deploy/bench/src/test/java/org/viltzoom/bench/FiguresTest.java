package org.viltzoom.bench;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class FiguresTest {

    @Test
    void summarizesOddCount() {
        Figures figures = new Figures();
        figures.add("latency", "ms", 9);
        figures.add("latency", "ms", 1);
        figures.add("latency", "ms", 4);

        Figures.Figure latency = figures.get("latency");

        assertThat(latency.min()).isEqualTo(1);
        assertThat(latency.median()).isEqualTo(4);
        assertThat(latency.max()).isEqualTo(9);
    }

    @Test
    void medianOfEvenCount() {
        Figures figures = new Figures();
        figures.add("rss", "MiB", 100);
        figures.add("rss", "MiB", 300);
        figures.add("rss", "MiB", 200);
        figures.add("rss", "MiB", 400);

        assertThat(figures.get("rss").median()).isEqualTo(250);
    }
}
