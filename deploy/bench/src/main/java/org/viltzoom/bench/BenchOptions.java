package org.viltzoom.bench;

import java.nio.file.Path;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import org.viltzoom.zoomsimulator.webhooks.WebhookSender;

/** The driver's options, each {@code --name value}; deploy/bench/run passes the full-size defaults. */
record BenchOptions(int runs, int scenarioRuns, Duration consumerLimit, Path fixedAttendanceApp, int learners, int rejoins, int largeParticipants, int connections,
                    IngestBenchmark.Settings ingest, long idleMillis, double quietLoad, Duration quietWait,
                    boolean profile, Path apps, Path work, Path results, Path json, Path compareWith, String command) {

    /**
     * Checks the options without running anything. deploy/bench/run calls it before it replaces
     * the copies of the applications, so a typo cannot disturb a run in progress.
     */
    public static void main(String[] args) {
        parseOrExit(args);
    }

    /** Parses the options, or prints what is wrong with them in one line and exits with code 2. */
    static BenchOptions parseOrExit(String[] args) {
        try {
            return parse(args);
        } catch (IllegalArgumentException e) {
            System.err.println("deploy/bench/run: " + e.getMessage() + ". The options are listed in deploy/bench/README.md.");
            System.exit(2);
            throw e;
        }
    }

    static BenchOptions parse(String[] args) {
        Map<String, String> values = new HashMap<>();
        for (int i = 0; i < args.length; i++) {
            if (!args[i].startsWith("--") || i + 1 >= args.length) {
                throw new IllegalArgumentException("expected --name value pairs, got '" + args[i] + "'");
            }
            values.put(args[i].substring(2), args[++i]);
        }
        Options options = new Options(values);
        BenchOptions parsed = new BenchOptions(
                options.integer("runs", 3, 1),
                options.integer("scenario-runs", 1, 0),
                Duration.ofSeconds(options.integer("consumer-limit-seconds", 240, 1)),
                values.containsKey("fixed-attendance-app") ? Path.of(values.get("fixed-attendance-app")) : null,
                options.integer("learners", 10_000, 1),
                options.integer("rejoins", 3, 0),
                options.integer("large-participants", 50_000, 0),
                options.integer("connections", 32, 1),
                new IngestBenchmark.Settings(options.integer("connections", 32, 1),
                        Duration.ofSeconds(options.integer("warm-up-seconds", 3, 0)),
                        Duration.ofSeconds(options.integer("closed-loop-seconds", 8, 1)),
                        options.integer("closed-loop-max-requests", 40_000, 1),
                        options.integer("rate", 1000, 1),
                        Duration.ofSeconds(options.integer("open-loop-seconds", 10, 1))),
                options.integer("idle-seconds", 5, 0) * 1000L,
                options.decimal("quiet-load", 0.8),
                Duration.ofMinutes(options.integer("quiet-wait-minutes", 40, 0)),
                options.bool("profile", true),
                Path.of(options.required("apps")),
                Path.of(options.required("work")),
                Path.of(options.required("results")),
                Path.of(options.required("json")),
                values.containsKey("compare-with") ? Path.of(values.get("compare-with")) : null,
                values.getOrDefault("command", "deploy/bench/run"));
        options.rejectUnknown();
        if (parsed.connections() < 1 || parsed.connections() > WebhookSender.MAX_CONCURRENCY) {
            throw new IllegalArgumentException("--connections must be between 1 and " + WebhookSender.MAX_CONCURRENCY
                    + ", the simulator's maximum of notifications in flight, got " + parsed.connections());
        }
        if (!(parsed.quietLoad() > 0)) {
            throw new IllegalArgumentException("--quiet-load must be greater than 0, got " + parsed.quietLoad());
        }
        if (parsed.compareWith() != null && !java.nio.file.Files.isRegularFile(parsed.compareWith())) {
            throw new IllegalArgumentException("--compare-with " + parsed.compareWith() + " is not a file; give the "
                    + "results.json of an earlier run");
        }
        return parsed;
    }

    private static final class Options {
        private final Map<String, String> values;
        private final Map<String, String> unused;

        Options(Map<String, String> values) {
            this.values = values;
            this.unused = new HashMap<>(values);
        }

        int integer(String name, int fallback, int minimum) {
            unused.remove(name);
            String value = values.get(name);
            int parsed;
            try {
                parsed = value == null ? fallback : Integer.parseInt(value);
            } catch (NumberFormatException e) {
                throw new IllegalArgumentException("--" + name + " must be a whole number, got '" + value + "'", e);
            }
            if (parsed < minimum) {
                throw new IllegalArgumentException("--" + name + " must be at least " + minimum + ", got " + parsed);
            }
            return parsed;
        }

        double decimal(String name, double fallback) {
            unused.remove(name);
            String value = values.get(name);
            try {
                return value == null ? fallback : Double.parseDouble(value);
            } catch (NumberFormatException e) {
                throw new IllegalArgumentException("--" + name + " must be a number, got '" + value + "'", e);
            }
        }

        boolean bool(String name, boolean fallback) {
            unused.remove(name);
            String value = values.get(name);
            if (value == null) {
                return fallback;
            }
            if (!value.equals("true") && !value.equals("false")) {
                throw new IllegalArgumentException("--" + name + " must be true or false, got '" + value + "'");
            }
            return Boolean.parseBoolean(value);
        }

        String required(String name) {
            unused.remove(name);
            String value = values.get(name);
            if (value == null) {
                throw new IllegalArgumentException("--" + name + " is required");
            }
            return value;
        }

        void rejectUnknown() {
            unused.keySet().removeAll(java.util.Set.of("compare-with", "command", "fixed-attendance-app"));
            if (!unused.isEmpty()) {
                throw new IllegalArgumentException("unknown options: " + unused.keySet());
            }
        }
    }
}
