package org.viltzoom.localrun;

import java.io.IOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.viltzoom.localstack.LocalIssuer;
import org.viltzoom.localstack.LocalStack;
import org.viltzoom.zoomsimulator.ZoomSimulator;

/**
 * PostgreSQL, Kafka and the Zoom simulator in this JVM, and the four services as child processes,
 * all on loopback. {@link #close()} stops everything it started, in reverse order; a run that was
 * killed instead is cleaned up by the next start, through the pid files in the run directory.
 */
public final class LocalRun implements AutoCloseable {

    private static final Duration READY_TIMEOUT = Duration.ofMinutes(2);

    private final LocalRunOptions options;
    private final PidFiles pidFiles;
    private final Progress progress;
    private final ZoomWorld zoom = ZoomWorld.create();
    private final List<ServiceProcess> services = new ArrayList<>();
    private LocalStack stack;
    private LocalIssuer issuer;
    private ZoomSimulator simulator;
    private ScheduledExecutorService clockTicker;
    private boolean closed;
    private boolean claimed;
    private boolean leftoversReported;

    private LocalRun(LocalRunOptions options, PidFiles pidFiles, Progress progress) {
        this.options = options;
        this.pidFiles = pidFiles;
        this.progress = progress;
    }

    /** Returns a run that has started nothing yet, so that a shutdown hook can hold it before {@link #start()}. */
    public static LocalRun prepare(LocalRunOptions options, Progress progress) throws IOException {
        Files.createDirectories(options.runDirectory());
        return new LocalRun(options, new PidFiles(options.pidDirectory()), progress);
    }

    /**
     * Starts everything and waits until each service is ready.
     *
     * @throws IllegalStateException when another run owns the run directory, a port is taken, a
     *     service does not become ready, or {@link #close()} was called meanwhile; what was started
     *     by then is stopped again
     */
    public void start() throws Exception {
        try {
            pidFiles.claim();
            claimed = true;
            pidFiles.stopLeftovers(this::reportLeftover);
            requireFreePorts(options.ports());
            startStack();
            startSimulator();
            startServices();
        } catch (Exception | Error e) {
            close();
            throw e;
        }
    }

    public URI url(Service service) {
        return options.ports().url(service);
    }

    /** Returns how far attendance-service lets a webhook's timestamp be from its clock in this run. */
    public Duration webhookTimestampTolerance() {
        return options.webhookTimestampTolerance();
    }

    public LocalIssuer issuer() {
        return issuer;
    }

    public ZoomSimulator simulator() {
        return simulator;
    }

    public ZoomWorld zoom() {
        return zoom;
    }

    public Path runDirectory() {
        return options.runDirectory();
    }

    /**
     * Lets the simulator clock, which a playback leaves frozen ahead of the wall clock, move on at
     * wall-clock speed from there, so that token lifetimes and rate-limit windows keep passing.
     */
    public void keepSimulatorClockMoving() {
        clockTicker = Executors.newSingleThreadScheduledExecutor(runnable -> {
            Thread thread = new Thread(runnable, "simulator-clock");
            thread.setDaemon(true);
            return thread;
        });
        clockTicker.scheduleAtFixedRate(this::advanceSimulatorClock, 1, 1, TimeUnit.SECONDS);
    }

    private void advanceSimulatorClock() {
        try {
            simulator.control().advanceClock(Duration.ofSeconds(1));
        } catch (RuntimeException e) {
            // An exception would cancel the periodic task, and the clock would stand still again.
            progress.detail("Could not move the simulator clock: " + e);
        }
    }

    private void reportLeftover(String line) {
        if (!leftoversReported) {
            progress.step("Cleaning up after an earlier run that was killed");
            leftoversReported = true;
        }
        progress.detail(line);
    }

    private static void requireFreePorts(Ports ports) {
        List<String> inUse = new ArrayList<>();
        for (Service service : Service.values()) {
            if (!Ports.isFree(ports.of(service))) {
                inUse.add(ports.of(service) + " (" + service.module() + ")");
            }
        }
        if (!Ports.isFree(ports.simulator())) {
            inUse.add(ports.simulator() + " (Zoom simulator)");
        }
        if (!inUse.isEmpty()) {
            throw new IllegalStateException("Ports in use on 127.0.0.1: " + String.join(", ", inUse)
                    + "; stop the programs that use them (ss -ltnp shows which) and start again");
        }
    }

    private void startStack() throws Exception {
        progress.step("Starting PostgreSQL and Kafka (deploy/local-stack)");
        LocalStack started = LocalStack.start();
        synchronized (this) {
            if (closed) {
                started.close();
                throw stopped();
            }
            stack = started;
        }
        progress.detail(stack.postgres().description());
        progress.detail(stack.kafka().description());

        for (Service service : Service.values()) {
            String database = options.databaseName(service);
            stack.postgres().dropDatabase(database);
            stack.postgres().createDatabase(database);
        }
        progress.detail("fresh databases " + String.format(options.databaseNamePattern(), "{account,host,event,attendance}"));
        issuer = LocalIssuer.loadOrCreate(options.runDirectory().resolve("local-issuer"));
    }

    private void startSimulator() {
        progress.step("Starting the Zoom simulator");
        ZoomSimulator started = ZoomSimulator.start("127.0.0.1", options.ports().simulator(), null, 42L);
        synchronized (this) {
            if (closed) {
                started.close();
                throw stopped();
            }
            simulator = started;
        }
        simulator.control().seed(zoom.seed(url(Service.ACCOUNT), url(Service.ATTENDANCE)));
        progress.detail("Zoom simulator at " + simulator.baseUrl() + ", webhooks to "
                + zoom.webhookUrl(url(Service.ATTENDANCE)));
    }

    private void startServices() throws IOException, InterruptedException {
        progress.step("Starting the four services (logs in " + options.runDirectory() + ")");
        ServiceEnvironment environment = new ServiceEnvironment(options, stack, issuer, zoom, URI.create(simulator.baseUrl()));
        long started = System.nanoTime();
        for (Service service : Service.values()) {
            ServiceProcess process = ServiceProcess.start(service, options, environment.of(service));
            synchronized (this) {
                if (closed) {
                    process.stop();
                    throw stopped();
                }
                services.add(process);
            }
            pidFiles.record(service.module(), process.handle());
        }

        for (ServiceProcess process : services) {
            process.awaitReady(READY_TIMEOUT);
            progress.detail(String.format("%-18s ready at %s (%.1f s)", process.service().module(), process.baseUrl(),
                    (System.nanoTime() - started) / 1e9));
        }
    }

    private static IllegalStateException stopped() {
        return new IllegalStateException("The local run was stopped while it started");
    }

    /** Stops the services (all at once, each with a graceful shutdown), then the simulator, Kafka and PostgreSQL. */
    @Override
    public synchronized void close() {
        if (closed) {
            return;
        }
        closed = true;
        if (clockTicker != null) {
            clockTicker.shutdownNow();
        }

        List<CompletableFuture<Void>> stops = new ArrayList<>();
        for (ServiceProcess process : services) {
            stops.add(CompletableFuture.runAsync(process::stop));
        }
        stops.forEach(CompletableFuture::join);
        services.forEach(process -> pidFiles.forget(process.service().module()));

        if (simulator != null) {
            simulator.close();
        }
        if (stack != null) {
            if (options.dropDatabasesOnClose()) {
                dropDatabases();
            }
            stack.close();
        }
        if (claimed) {
            pidFiles.release();
        }
    }

    private void dropDatabases() {
        for (Service service : Service.values()) {
            try {
                stack.postgres().dropDatabase(options.databaseName(service));
            } catch (RuntimeException e) {
                progress.detail("Could not drop " + options.databaseName(service) + ": " + e.getMessage());
            }
        }
    }
}
