package org.viltzoom.localrun;

import java.nio.file.Path;

/** The four services of a local run, each a Quarkus application started from its jar. */
public enum Service {
    ACCOUNT("account-service", "account", 8081),
    HOST("host-service", "host", 8082),
    EVENT("event-service", "event", 8083),
    ATTENDANCE("attendance-service", "attendance", 8084);

    private final String module;
    private final String shortName;
    private final int defaultPort;

    Service(String module, String shortName, int defaultPort) {
        this.module = module;
        this.shortName = shortName;
        this.defaultPort = defaultPort;
    }

    /** Returns the Maven module directory, which is also the service's name in logs. */
    public String module() {
        return module;
    }

    public String shortName() {
        return shortName;
    }

    public int defaultPort() {
        return defaultPort;
    }

    /** Returns the jar that {@code ./mvnw package} builds for the service, below the repository root. */
    public Path jar(Path repositoryRoot) {
        return repositoryRoot.resolve(module).resolve("target/quarkus-app/quarkus-run.jar");
    }
}
