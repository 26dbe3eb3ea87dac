package org.viltzoom.localstack;

import java.util.concurrent.atomic.AtomicInteger;
import org.jboss.logging.Logger;

/**
 * Names of throw-away databases, {@code vilt_test_<service>_<pid>_<n>}. The pid lets the next
 * start drop the databases of test JVMs that were killed before they could drop their own.
 */
final class TestDatabases {

    private static final Logger LOG = Logger.getLogger(TestDatabases.class);
    private static final String PREFIX = "vilt_test_";
    private static final AtomicInteger SEQUENCE = new AtomicInteger();

    private TestDatabases() {
    }

    static String newName(String service) {
        String safeService = service.toLowerCase(java.util.Locale.ROOT).replaceAll("[^a-z0-9]", "_");
        return PREFIX + safeService + "_" + ProcessHandle.current().pid() + "_" + SEQUENCE.incrementAndGet();
    }

    /**
     * Drops test databases whose JVM is gone. Only on a server of this machine, because on a
     * shared server a pid reveals nothing about test runs of other machines.
     */
    static void dropAbandoned(PostgresServer server) {
        if (!(server instanceof ExistingPostgres existing) || !existing.isLoopback()) {
            return;
        }
        for (String database : existing.admin().databasesStartingWith(PREFIX)) {
            long pid = pidOf(database);
            if (pid > 0 && ProcessHandle.of(pid).isEmpty()) {
                LOG.infof("Dropping database %s of an earlier test run", database);
                existing.dropDatabase(database);
            }
        }
    }

    private static long pidOf(String database) {
        String[] parts = database.split("_");
        try {
            return parts.length >= 2 ? Long.parseLong(parts[parts.length - 2]) : -1;
        } catch (NumberFormatException e) {
            return -1;
        }
    }
}
