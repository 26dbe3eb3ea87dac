package org.viltzoom.bench;

import java.util.List;

/**
 * Starts each service on its own, times the startup and reads its resident set size after it
 * idled. Every service gets {@code -Xmx512m} and default JVM options otherwise.
 */
final class FootprintBenchmark {

    private final ServiceLauncher launcher;
    private final long idleMillis;

    FootprintBenchmark(ServiceLauncher launcher, long idleMillis) {
        this.launcher = launcher;
        this.idleMillis = idleMillis;
    }

    /** Starts and stops every service once, so that their schema migrations are not timed later. */
    void migrate() throws Exception {
        for (Service service : Service.values()) {
            try (ManagedProcess ignored = launcher.startAndAwait(service, "migrate-" + service.artifact(), List.of())) {
                // Readiness is all that is needed: Flyway ran during startup.
            }
        }
    }

    void measure(int run, Figures figures) throws Exception {
        for (Service service : Service.values()) {
            try (ManagedProcess process = launcher.startAndAwait(service, "footprint-" + service.artifact() + "-" + run,
                    List.of())) {
                Thread.sleep(idleMillis);
                String name = service.artifact();
                figures.add(name + ": start to \"started in\" log line", "s", process.startedLineSeconds());
                figures.add(name + ": start to first 200 on /q/health/ready", "s", process.readySeconds());
                figures.add(name + ": \"started in\" as printed by Quarkus", "s", process.quarkusReportedSeconds());
                figures.add(name + ": idle RSS (VmRSS) " + idleMillis / 1000 + " s after ready", "MiB", process.residentMiB());
            }
        }
    }
}
