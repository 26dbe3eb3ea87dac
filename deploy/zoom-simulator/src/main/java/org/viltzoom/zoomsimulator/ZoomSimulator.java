package org.viltzoom.zoomsimulator;

import io.vertx.core.Vertx;
import io.vertx.core.VertxOptions;
import io.vertx.core.http.HttpServer;
import io.vertx.core.http.HttpServerOptions;
import java.lang.System.Logger;
import java.lang.System.Logger.Level;
import java.nio.file.Files;
import java.nio.file.Path;
import java.io.IOException;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import org.viltzoom.zoomsimulator.control.ControlRoutes;
import org.viltzoom.zoomsimulator.control.SimulatorControl;
import org.viltzoom.zoomsimulator.meetings.MeetingRoutes;
import org.viltzoom.zoomsimulator.meetings.RegistrantRoutes;
import org.viltzoom.zoomsimulator.meetings.TemplateRoutes;
import org.viltzoom.zoomsimulator.oauth.OAuthRoutes;
import org.viltzoom.zoomsimulator.recordings.RecordingRoutes;
import org.viltzoom.zoomsimulator.reports.ParticipantRoutes;
import org.viltzoom.zoomsimulator.users.UserRoutes;

/**
 * A running Zoom simulator: OAuth under /oauth, REST API v2 under /v2, recording downloads under
 * /rec, and the control API under /_sim. Start one per test class with {@link #start()}.
 */
public final class ZoomSimulator implements AutoCloseable {

    private static final Logger LOG = System.getLogger(ZoomSimulator.class.getName());

    private final Vertx vertx;
    private final HttpServer server;
    private final SimulatorCore core;
    private final SimulatorControl control;

    private ZoomSimulator(Vertx vertx, HttpServer server, SimulatorCore core, SimulatorControl control) {
        this.vertx = vertx;
        this.server = server;
        this.core = core;
        this.control = control;
    }

    /** Starts on a random port of 127.0.0.1 with empty state. */
    public static ZoomSimulator start() {
        return start("127.0.0.1", 0, null, 42L);
    }

    /**
     * Starts on the host and port (0 for a random one), seeded from the file when it is not
     * null; {@code randomSeed} makes generated ids repeatable.
     */
    public static ZoomSimulator start(String host, int port, Path seedFile, long randomSeed) {
        Vertx vertx = Vertx.vertx(new VertxOptions().setEventLoopPoolSize(1).setWorkerPoolSize(2));
        SimulatorCore core = new SimulatorCore(vertx, randomSeed);
        SimulatorControl control = new SimulatorControl(core);
        registerRoutes(core, control, new Random(randomSeed));
        if (seedFile != null) {
            try {
                control.seed(readSeed(seedFile));
            } catch (RuntimeException e) {
                // Vert.x threads are not daemons: without this, a bad seed leaves the JVM running.
                vertx.close();
                throw e;
            }
        }

        HttpServer server;
        try {
            server = vertx.createHttpServer(new HttpServerOptions().setHost(host).setPort(port))
                    .requestHandler(core.router)
                    .listen()
                    .toCompletionStage().toCompletableFuture().get(10, TimeUnit.SECONDS);
        } catch (Exception e) {
            vertx.close();
            Throwable cause = e instanceof java.util.concurrent.ExecutionException ? e.getCause() : e;
            throw new IllegalStateException("Cannot start the Zoom simulator on " + host + ":" + port + ": "
                    + cause.getMessage(), cause);
        }
        core.listenedOn(server, host);
        // Runs due tasks once a second, so scheduled work also happens while the clock runs in real time.
        vertx.setPeriodic(1000, timer -> core.scheduler.runDueUnlessRunning());
        LOG.log(Level.INFO, "Zoom simulator listening on {0}", core.baseUrl());
        return new ZoomSimulator(vertx, server, core, control);
    }

    private static void registerRoutes(SimulatorCore core, SimulatorControl control, Random random) {
        new ControlRoutes(core, control).register();
        new OAuthRoutes(core).register();
        new UserRoutes(core).register();
        new TemplateRoutes(core).register();
        new MeetingRoutes(core, false, random).register();
        new MeetingRoutes(core, true, random).register();
        new RegistrantRoutes(core, false).register();
        new RegistrantRoutes(core, true).register();
        new ParticipantRoutes(core).register();
        new RecordingRoutes(core).register();
    }

    private static String readSeed(Path seedFile) {
        try {
            return Files.readString(seedFile);
        } catch (IOException e) {
            throw new IllegalArgumentException("Cannot read the seed file " + seedFile + ": " + e.getMessage(), e);
        }
    }

    /** Returns the base URL, for example http://127.0.0.1:41234; OAuth is at /oauth and the API at /v2. */
    public String baseUrl() {
        return core.baseUrl();
    }

    public int port() {
        return server.actualPort();
    }

    public SimulatorControl control() {
        return control;
    }

    @Override
    public void close() {
        core.webhooks.close();
        try {
            vertx.close().toCompletionStage().toCompletableFuture().get(10, TimeUnit.SECONDS);
        } catch (Exception e) {
            LOG.log(Level.WARNING, "Zoom simulator did not stop cleanly", e);
        }
    }
}
