package org.viltzoom.bench;

/** The four services, with the loopback port each gets in the benchmark. */
enum Service {
    ACCOUNT("account-service", 18081),
    HOST("host-service", 18082),
    EVENT("event-service", 18083),
    ATTENDANCE("attendance-service", 18084);

    private final String artifact;
    private final int port;

    Service(String artifact, int port) {
        this.artifact = artifact;
        this.port = port;
    }

    String artifact() {
        return artifact;
    }

    int port() {
        return port;
    }

    /** The benchmark's own database of the service, apart from the local run's. */
    String database() {
        return "vilt_bench_" + name().toLowerCase();
    }
}
