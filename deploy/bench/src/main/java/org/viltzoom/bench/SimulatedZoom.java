package org.viltzoom.bench;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.viltzoom.zoomsimulator.ZoomSimulator;
import org.viltzoom.zoomsimulator.control.SimulatorControl;
import org.viltzoom.zoomsimulator.playback.MeetingScript;
import org.viltzoom.zoomsimulator.state.Account;
import org.viltzoom.zoomsimulator.state.OAuthApp;
import org.viltzoom.zoomsimulator.state.Seed;
import org.viltzoom.zoomsimulator.state.User;
import org.viltzoom.zoomsimulator.webhooks.DeliveryCounts;

/**
 * The Zoom simulator in the driver's JVM on 127.0.0.1, with the account, the webinar host and
 * the app whose notifications go to attendance-service's webhook. It plays the attendance
 * scenarios' webinars: it signs every notification with the app's secret token and delivers it
 * as Zoom does, with as many in flight as the driver's connections.
 */
final class SimulatedZoom implements AutoCloseable {

    static final String ACCOUNT_ID = "bench-zoom-account";
    static final String HOST_ID = "bench-host-zoom-user";

    private final ZoomSimulator simulator;
    private final Seed seed;

    /**
     * @param webhookUrl attendance-service's webhook for the app
     * @param concurrency notifications in flight at once, at most {@link
     *     org.viltzoom.zoomsimulator.webhooks.WebhookSender#MAX_CONCURRENCY}
     */
    SimulatedZoom(String appId, String secretToken, String webhookUrl, int concurrency) {
        simulator = ZoomSimulator.start();
        seed = seed(appId, secretToken, webhookUrl);
        try {
            control().seed(seed);
            control().setWebhookConcurrency(concurrency);
            // The clock is frozen while a webinar plays (see AttendanceScenario), so Zoom's retries after
            // 5, 20 and 60 minutes would never become due. Retries after zero seconds run on the next tick.
            control().setWebhookRetryDelays(List.of(Duration.ZERO, Duration.ZERO, Duration.ZERO));
        } catch (RuntimeException e) {
            simulator.close();
            throw e;
        }
    }

    /**
     * Forgets the earlier webinars, freezes the clock, plays the script up to that instant and
     * returns without waiting for the deliveries.
     */
    void playUpTo(Instant now, MeetingScript script) {
        control().reset();
        control().seed(seed);
        control().setClock(now);
        control().play(script);
    }

    /** Moves the clock on, which plays the steps that became due. */
    void advance(Duration duration) {
        control().advanceClock(duration);
    }

    DeliveryCounts deliveryCounts() {
        return control().deliveryCounts();
    }

    /** Returns the errors of script steps that could not be played, or an empty list. */
    List<String> failedSteps() {
        return control().scheduledTaskFailures();
    }

    private SimulatorControl control() {
        return simulator.control();
    }

    private static Seed seed(String appId, String secretToken, String webhookUrl) {
        Seed seed = new Seed();
        Account account = new Account();
        account.id = ACCOUNT_ID;
        account.name = "Benchmark account";
        seed.accounts.add(account);

        User host = new User();
        host.id = HOST_ID;
        host.accountId = ACCOUNT_ID;
        host.email = "host@bench.example.com";
        host.webinar = true;
        seed.users.add(host);

        OAuthApp app = new OAuthApp();
        app.id = appId;
        app.clientId = appId;
        app.clientSecret = "not used by the benchmark";
        app.webhookUrl = webhookUrl;
        app.webhookSecretToken = secretToken;
        app.installedAccounts.add(ACCOUNT_ID);
        seed.apps.add(app);
        return seed;
    }

    @Override
    public void close() {
        simulator.close();
    }
}
