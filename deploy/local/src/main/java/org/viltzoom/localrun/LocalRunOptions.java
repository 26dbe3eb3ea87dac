package org.viltzoom.localrun;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

/**
 * Settings of a local run: the location of the service jars, the directory for logs and pid
 * files, the ports, and the names of the databases.
 *
 * @param repositoryRoot the checkout, whose modules contain the built service jars
 * @param runDirectory logs, pid files, the token issuer's keys and the report CSV files
 * @param databaseNamePattern a {@link String#format} pattern that receives the service's short
 *     name, for example {@code vilt_local_%s}; the databases are dropped and created again at start
 * @param dropDatabasesOnClose true for tests; a local run keeps them so they can be inspected
 * @param webhookTimestampTolerance how far attendance-service lets a webhook's timestamp be from
 *     its clock. The simulator plays a meeting ahead of the wall clock and signs each delivery
 *     with its own clock, so this must cover the distance from now to the end of the scenario.
 * @param serviceJvmOptions options of each service's JVM, such as its heap
 */
public record LocalRunOptions(
        Path repositoryRoot,
        Path runDirectory,
        Ports ports,
        String databaseNamePattern,
        boolean dropDatabasesOnClose,
        Duration webhookTimestampTolerance,
        List<String> serviceJvmOptions) {

    /**
     * Two hours. The last notification of webinar-with-restart.json is due about 72 minutes after the
     * run schedules the event, and the LMS driver rejects a scenario that goes beyond the tolerance.
     */
    public static final Duration DEFAULT_WEBHOOK_TIMESTAMP_TOLERANCE = Duration.ofHours(2);

    /** A heap of 256 MB and the serial collector suit a machine with two cores that runs four services. */
    public static final List<String> DEFAULT_SERVICE_JVM_OPTIONS =
            List.of("-Xmx256m", "-XX:+UseSerialGC", "-XX:TieredStopAtLevel=1");

    public LocalRunOptions {
        serviceJvmOptions = List.copyOf(serviceJvmOptions);
    }

    /** Returns the options of {@code deploy/local/run}: ports 8081 to 8084 and 9900, output in target/local-run. */
    public static LocalRunOptions forCommandLine(Path repositoryRoot) {
        return new LocalRunOptions(repositoryRoot, repositoryRoot.resolve("target/local-run"), Ports.defaults(),
                "vilt_local_%s", false, DEFAULT_WEBHOOK_TIMESTAMP_TOLERANCE, DEFAULT_SERVICE_JVM_OPTIONS);
    }

    public String databaseName(Service service) {
        return String.format(databaseNamePattern, service.shortName());
    }

    Path logFile(Service service) {
        return runDirectory.resolve(service.module() + ".log");
    }

    Path pidDirectory() {
        return runDirectory.resolve("pids");
    }
}
