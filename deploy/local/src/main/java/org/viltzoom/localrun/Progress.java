package org.viltzoom.localrun;

import java.io.PrintStream;

/** Prints what a local run is doing, one line per step and indented lines for its details. */
public final class Progress {

    private final PrintStream out;
    private final long startedNanos = System.nanoTime();

    public Progress(PrintStream out) {
        this.out = out;
    }

    /** Prints a step with the seconds since the run started. */
    public void step(String title) {
        out.printf("[%6.1f s] %s%n", (System.nanoTime() - startedNanos) / 1e9, title);
        out.flush();
    }

    public void detail(String line) {
        out.println("            " + line);
        out.flush();
    }

    /** Prints lines as they are, for tables. */
    public void block(String text) {
        out.println(text);
        out.flush();
    }
}
