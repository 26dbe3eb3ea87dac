package org.viltzoom.zoomsimulator;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.vertx.core.Vertx;
import io.vertx.core.http.HttpMethod;
import io.vertx.core.http.HttpServer;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import io.vertx.ext.web.handler.BodyHandler;
import java.lang.System.Logger;
import java.lang.System.Logger.Level;
import java.time.Clock;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.time.Instant;
import java.util.Optional;
import org.viltzoom.zoomsimulator.clock.ClockScheduler;
import org.viltzoom.zoomsimulator.clock.SimClock;
import org.viltzoom.zoomsimulator.faults.FaultInjector;
import org.viltzoom.zoomsimulator.faults.FaultRule;
import org.viltzoom.zoomsimulator.http.ApiCall;
import org.viltzoom.zoomsimulator.http.ApiHandler;
import org.viltzoom.zoomsimulator.http.ApiResponse;
import org.viltzoom.zoomsimulator.http.RequestLog;
import org.viltzoom.zoomsimulator.http.ZoomApiException;
import org.viltzoom.zoomsimulator.oauth.Scopes;
import org.viltzoom.zoomsimulator.oauth.TokenGrant;
import org.viltzoom.zoomsimulator.oauth.TokenStore;
import org.viltzoom.zoomsimulator.ratelimit.RateLimitCategory;
import org.viltzoom.zoomsimulator.ratelimit.RateLimitedException;
import org.viltzoom.zoomsimulator.ratelimit.RateLimiter;
import org.viltzoom.zoomsimulator.state.Account;
import org.viltzoom.zoomsimulator.state.OAuthApp;
import org.viltzoom.zoomsimulator.state.SimState;
import org.viltzoom.zoomsimulator.webhooks.WebhookSender;

/**
 * The simulator's parts and the request pipeline shared by every REST route: request log,
 * injected faults, bearer token, scopes, per-second rate limit, then the handler under the
 * state lock.
 */
public class SimulatorCore {

    private static final Logger LOG = System.getLogger(SimulatorCore.class.getName());

    public final Vertx vertx;
    public final SimState state;
    public final SimClock clock;
    public final ClockScheduler scheduler;
    public final TokenStore tokens;
    public final RateLimiter rateLimiter;
    public final FaultInjector faults = new FaultInjector();
    public final RequestLog requestLog = new RequestLog();
    public final WebhookSender webhooks;
    public final Router router;
    /** Download tokens sent with recording notifications, and when each expires. */
    public final Map<String, Instant> downloadTokens = new HashMap<>();
    /** Time after a meeting ends during which past-participant and report endpoints return 404 code 3001. */
    public volatile Duration reportDelay = Duration.ofMinutes(5);
    private volatile String baseUrl = "";

    public SimulatorCore(Vertx vertx, long randomSeed) {
        this.vertx = vertx;
        this.state = new SimState(randomSeed);
        this.clock = new SimClock(Clock.systemUTC());
        this.scheduler = new ClockScheduler(clock);
        this.tokens = new TokenStore(state, clock);
        this.rateLimiter = new RateLimiter(clock);
        this.webhooks = new WebhookSender(vertx, clock, scheduler, state);
        this.router = Router.router(vertx);
        // The body is read first: a handler that resumes later (injected latency) would otherwise lose it.
        // Uploads are off, or Vert.x creates a file-uploads directory in the working directory.
        router.route().handler(BodyHandler.create(false).setBodyLimit(10 * 1024 * 1024));
        router.route().handler(this::logAndInjectFaults);
    }

    public String baseUrl() {
        return baseUrl;
    }

    void listenedOn(HttpServer server, String host) {
        this.baseUrl = "http://" + host + ":" + server.actualPort();
    }

    /** Registers a REST v2 route with the full pipeline. */
    public void api(HttpMethod method, String path, RateLimitCategory category, List<String> scopes, ApiHandler handler) {
        router.route(method, path).handler(context -> handleApi(context, category, scopes, handler));
    }

    /** Runs scheduled tasks that are due on the simulator clock. */
    public void runDueTasks() {
        scheduler.runDue();
    }

    /** Sends a notification to every app installed on the account that subscribes to the event. */
    public void notifyAccount(String accountId, String event, ObjectNode body) {
        for (OAuthApp app : state.apps.values()) {
            if (app.installedAccounts.contains(accountId) && app.subscribesTo(event) && app.webhookUrl != null) {
                webhooks.send(app, event, body);
            }
        }
    }

    private void handleApi(RoutingContext context, RateLimitCategory category, List<String> scopes, ApiHandler handler) {
        ApiResponse response;
        try {
            synchronized (state) {
                TokenGrant grant = tokens.authenticate(bearerToken(context));
                Scopes.require(grant, scopes);
                Account account = state.accounts.get(grant.accountId);
                rateLimiter.checkPerSecond(grant.accountId, account == null ? "business" : account.plan, category);
                response = handler.handle(new ApiCall(context, grant));
            }
        } catch (RateLimitedException e) {
            e.headers().forEach((name, value) -> context.response().putHeader(name, value));
            response = new ApiResponse(e.status(), e.body());
        } catch (ZoomApiException e) {
            response = new ApiResponse(e.status(), e.body());
        } catch (RuntimeException e) {
            LOG.log(Level.ERROR, "Internal error on " + context.request().method() + " " + context.request().path(), e);
            response = new ApiResponse(500, new ZoomApiException(500, 500, "Internal simulator error: " + e).body());
        }
        send(context, response);
        runDueTasks();
    }

    public static void send(RoutingContext context, ApiResponse response) {
        context.response().setStatusCode(response.status());
        if (response.body() == null) {
            context.response().end();
            return;
        }
        context.response().putHeader("content-type", "application/json;charset=UTF-8").end(response.body().toString());
    }

    private static String bearerToken(RoutingContext context) {
        String header = context.request().getHeader("Authorization");
        if (header == null || !header.regionMatches(true, 0, "Bearer ", 0, 7)) {
            return null;
        }
        return header.substring(7).trim();
    }

    /** Logs every request and applies injected latency and fault responses. The control API is exempt. */
    private void logAndInjectFaults(RoutingContext context) {
        String method = context.request().method().name();
        String path = context.request().path();
        if (path.startsWith("/_sim")) {
            context.next();
            return;
        }
        // A connection closed without a response is logged with status 0.
        context.addEndHandler(done -> requestLog.add(new RequestLog.Entry(
                clock.instant(), method, path, done.succeeded() ? context.response().getStatusCode() : 0)));

        long latency = faults.takeLatency(method, path);
        Optional<FaultRule> answer = faults.takeAnswer(method, path);
        Runnable proceed = () -> answer.ifPresentOrElse(rule -> answerWithFault(context, rule), context::next);
        if (latency > 0) {
            vertx.setTimer(latency, timer -> proceed.run());
        } else {
            proceed.run();
        }
    }

    private void answerWithFault(RoutingContext context, FaultRule rule) {
        switch (rule.kind) {
            case CLOSE_CONNECTION -> context.request().connection().close();
            case RATE_LIMIT -> {
                context.response()
                        .putHeader("X-RateLimit-Category", "Light")
                        .putHeader("X-RateLimit-Type", "QPS")
                        .putHeader("X-RateLimit-Limit", "80")
                        .putHeader("X-RateLimit-Remaining", "0");
                send(context, new ApiResponse(429, new ZoomApiException(429, 429,
                        "You have reached the maximum per-second rate limit for this API. Try again later.").body()));
            }
            default -> {
                if (rule.code == null) {
                    context.response().setStatusCode(rule.status).end(rule.message == null ? "" : rule.message);
                } else {
                    String message = rule.message != null ? rule.message : "Injected fault.";
                    send(context, new ApiResponse(rule.status, new ZoomApiException(rule.status, rule.code, message).body()));
                }
            }
        }
    }
}
