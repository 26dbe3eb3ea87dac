package org.viltzoom.localstack;

import java.io.IOException;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.jboss.logging.Logger;

/**
 * A PostgreSQL cluster made with the machine's own {@code initdb} and {@code pg_ctl}, for
 * machines where neither an existing server nor the embedded one works. PostgreSQL refuses to
 * run as root, so as root the cluster belongs to the {@code postgres} user and commands run
 * through {@code runuser}.
 */
final class SystemPostgres implements PostgresServer {

    private static final Logger LOG = Logger.getLogger(SystemPostgres.class);

    private final Path binDirectory;
    private final Path dataDirectory;
    private final int port;
    private final ProcessRegistry registry;
    private final JdbcAdmin admin;
    private long pid;

    private SystemPostgres(Path binDirectory, Path dataDirectory, int port, ProcessRegistry registry) {
        this.binDirectory = binDirectory;
        this.dataDirectory = dataDirectory;
        this.port = port;
        this.registry = registry;
        this.admin = new JdbcAdmin(jdbcUrl("postgres"), username(), password());
    }

    /** Finds the newest installed server under {@code /usr/lib/postgresql}, if any. */
    static Optional<Path> findBinaries() {
        Path root = Path.of("/usr/lib/postgresql");
        if (!Files.isDirectory(root)) {
            return Optional.empty();
        }
        try (Stream<Path> versions = Files.list(root)) {
            return versions.map(version -> version.resolve("bin"))
                    .filter(bin -> Files.isExecutable(bin.resolve("initdb")))
                    .max(Comparator.comparing(Path::toString));
        } catch (IOException e) {
            return Optional.empty();
        }
    }

    static SystemPostgres start(Path binDirectory, Path stateDirectory, ProcessRegistry registry)
            throws IOException, InterruptedException {
        int port = freePort();
        Path dataDirectory = stateDirectory.resolve("postgres-" + port);
        Files.createDirectories(dataDirectory);

        SystemPostgres server = new SystemPostgres(binDirectory, dataDirectory, port, registry);
        server.chownToPostgresWhenRoot(stateDirectory);
        server.run(List.of(binDirectory.resolve("initdb").toString(), "-D", dataDirectory.toString(),
                "-A", "trust", "-U", "postgres", "-E", "UTF8", "--no-sync"));
        server.run(List.of(binDirectory.resolve("pg_ctl").toString(), "-D", dataDirectory.toString(),
                "-o", "-p " + port + " -k " + dataDirectory + " -h 127.0.0.1 -F",
                "-l", dataDirectory.resolve("server.log").toString(), "-w", "start"));

        server.pid = Long.parseLong(Files.readAllLines(dataDirectory.resolve("postmaster.pid")).get(0).trim());
        registry.record("postgres", server.pid, dataDirectory);
        LOG.infof("Started PostgreSQL from %s on port %d (pid %d)", binDirectory, port, server.pid);
        return server;
    }

    @Override
    public String description() {
        return "PostgreSQL from " + binDirectory + " on port " + port;
    }

    @Override
    public String jdbcUrl(String database) {
        return "jdbc:postgresql://127.0.0.1:" + port + "/" + database;
    }

    @Override
    public String username() {
        return "postgres";
    }

    @Override
    public String password() {
        return "";
    }

    @Override
    public void createDatabase(String database) {
        admin.create(database);
    }

    @Override
    public void dropDatabase(String database) {
        admin.drop(database);
    }

    @Override
    public void createDatabaseIfMissing(String database) {
        admin.createIfMissing(database);
    }

    @Override
    public void close() {
        try {
            run(List.of(binDirectory.resolve("pg_ctl").toString(), "-D", dataDirectory.toString(),
                    "-m", "fast", "-w", "stop"));
            ProcessRegistry.deleteRecursively(dataDirectory);
            registry.forget("postgres", pid);
        } catch (IOException | InterruptedException e) {
            LOG.warnf(e, "Stopping PostgreSQL in %s failed", dataDirectory);
        }
    }

    private void chownToPostgresWhenRoot(Path stateDirectory) throws IOException, InterruptedException {
        if (isRoot()) {
            exec(List.of("chown", "-R", "postgres:postgres", stateDirectory.toString()));
        }
    }

    private void run(List<String> command) throws IOException, InterruptedException {
        List<String> full = new ArrayList<>();
        if (isRoot()) {
            full.addAll(List.of("runuser", "-u", "postgres", "--"));
        }
        full.addAll(command);
        exec(full);
    }

    private static void exec(List<String> command) throws IOException, InterruptedException {
        Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
        String output = new String(process.getInputStream().readAllBytes());
        if (!process.waitFor(60, TimeUnit.SECONDS) || process.exitValue() != 0) {
            throw new IOException(String.join(" ", command) + " failed: " + output);
        }
    }

    private static boolean isRoot() {
        return "root".equals(System.getProperty("user.name"));
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }
}
