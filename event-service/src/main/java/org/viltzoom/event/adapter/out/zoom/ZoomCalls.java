package org.viltzoom.event.adapter.out.zoom;

import com.fasterxml.jackson.databind.JsonNode;
import io.quarkus.rest.client.reactive.QuarkusRestClientBuilder;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.ProcessingException;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;
import java.util.function.BiFunction;
import org.jboss.logging.Logger;
import org.viltzoom.event.application.port.out.DailyLimitReachedException;
import org.viltzoom.kernel.zoom.RateLimitInfo;
import org.viltzoom.kernel.zoom.ZoomApiError;
import org.viltzoom.kernel.zoom.ZoomApiException;
import org.viltzoom.kernel.zoom.ZoomErrorCategory;
import org.viltzoom.kernel.zoom.ZoomErrorCodes;
import org.viltzoom.kernel.zoomapi.ZoomResponseBodies;
import org.viltzoom.kernel.zoomtoken.AccessTokenRejectedException;
import org.viltzoom.kernel.zoomtoken.ZoomTokenBrokerClient;

/**
 * Sends Zoom requests with the account's token. A rejected token is replaced once by the broker
 * client. A retry policy decides what else is repeated inside {@link ZoomApiSettings#retryBudget()}:
 * per-second 429s always (Zoom did not run the request), server errors and lost connections only
 * for idempotent requests, because a create that timed out may have created a meeting.
 */
@ApplicationScoped
class ZoomCalls {

    private static final Logger LOG = Logger.getLogger(ZoomCalls.class);
    enum Retries {
        /** No retry at all, because status checks must record each response. */
        NONE,
        /** Per-second 429s only. */
        RATE_LIMITS,
        /** Per-second 429s, 5xx and lost connections. */
        RATE_LIMITS_AND_TRANSIENT
    }

    @Inject
    ZoomTokenBrokerClient tokens;

    @Inject
    ZoomApiSettings settings;

    @Inject
    Clock clock;

    private final ConcurrentMap<String, ZoomMeetingsApi> clients = new ConcurrentHashMap<>();

    /**
     * Runs the request until it succeeds or fails for good, and returns the body of the 2xx response.
     *
     * @param hostZoomUserId named in the {@link DailyLimitReachedException} of a daily 429
     * @throws ZoomApiException with the classified error
     * @throws DailyLimitReachedException on Zoom's daily limit
     */
    JsonNode send(String operation, UUID accountId, String hostZoomUserId, Retries retries,
                  BiFunction<ZoomMeetingsApi, String, Response> request) {
        Instant deadline = clock.instant().plus(settings.retryBudget());
        Duration backoff = settings.initialBackoff();
        for (int attempt = 1; ; attempt++) {
            try {
                return sendOnce(operation, accountId, request);
            } catch (ZoomApiException e) {
                ZoomErrorCategory category = e.category();
                if (category == ZoomErrorCategory.RATE_LIMITED_PER_DAY) {
                    throw dailyLimit(hostZoomUserId, e.error());
                }
                if (!retryable(category, retries)) {
                    throw e;
                }
                Duration wait = waitBefore(e.error(), backoff);
                if (clock.instant().plus(wait).isAfter(deadline)) {
                    LOG.warnf("Zoom call %s accountId=%s gave up after %d attempts: %s", operation, accountId, attempt,
                            e.getMessage());
                    throw e;
                }
                LOG.warnf("Zoom call %s accountId=%s failed (%s); retry %d in %d ms", operation, accountId, category,
                        attempt, wait.toMillis());
                sleep(wait);
                backoff = backoff.multipliedBy(2).compareTo(settings.maxBackoff()) > 0
                        ? settings.maxBackoff() : backoff.multipliedBy(2);
            }
        }
    }

    private JsonNode sendOnce(String operation, UUID accountId, BiFunction<ZoomMeetingsApi, String, Response> request) {
        try {
            return tokens.call(accountId, token -> read(operation,
                    request.apply(client(token.apiBaseUrl()), token.bearerHeader())));
        } catch (AccessTokenRejectedException e) {
            throw new ZoomApiException(operation, new ZoomApiError(401, ZoomErrorCodes.INVALID_ACCESS_TOKEN,
                    "Zoom rejected the replacement access token too", List.of(), null));
        } catch (ProcessingException e) {
            throw new ZoomApiException(operation, ZoomApiError.noResponse(e.getClass().getSimpleName()));
        }
    }

    private JsonNode read(String operation, Response response) {
        try (response) {
            JsonNode body = ZoomResponseBodies.parseOrEmpty(response.hasEntity() ? response.readEntity(String.class) : "");
            int status = response.getStatus();
            if (status / 100 == 2) {
                return body;
            }
            Integer code = body.hasNonNull("code") && body.get("code").canConvertToInt() ? body.get("code").asInt() : null;
            if (status == 401 && code != null && code == ZoomErrorCodes.INVALID_ACCESS_TOKEN) {
                throw new AccessTokenRejectedException(operation);
            }
            List<ZoomApiError.FieldError> fieldErrors = new ArrayList<>();
            for (JsonNode error : body.path("errors")) {
                fieldErrors.add(new ZoomApiError.FieldError(error.path("field").asText(null),
                        error.path("message").asText(null)));
            }
            RateLimitInfo rateLimit = RateLimitInfo.fromHeaders(response::getHeaderString, clock.instant());
            throw new ZoomApiException(operation, new ZoomApiError(status, code, body.path("message").asText(null),
                    fieldErrors, rateLimit));
        }
    }

    private static boolean retryable(ZoomErrorCategory category, Retries retries) {
        if (category == ZoomErrorCategory.RATE_LIMITED_PER_SECOND) {
            return retries != Retries.NONE;
        }
        return category == ZoomErrorCategory.TRANSIENT && retries == Retries.RATE_LIMITS_AND_TRANSIENT;
    }

    private DailyLimitReachedException dailyLimit(String hostZoomUserId, ZoomApiError error) {
        Instant resetAt = error.rateLimit() != null && error.rateLimit().retryAfter() != null
                ? error.rateLimit().retryAfter() : RateLimitInfo.nextDailyReset(clock.instant());
        return new DailyLimitReachedException(hostZoomUserId, resetAt);
    }

    /** Zoom's retry hint when it sent one within the maximum backoff, otherwise the backoff with jitter. */
    private Duration waitBefore(ZoomApiError error, Duration backoff) {
        if (error.rateLimit() != null && error.rateLimit().retryAfter() != null) {
            Duration hinted = Duration.between(clock.instant(), error.rateLimit().retryAfter());
            if (!hinted.isNegative() && hinted.compareTo(settings.maxBackoff()) <= 0) {
                return hinted;
            }
        }
        long jitter = ThreadLocalRandom.current().nextLong(Math.max(1, backoff.toMillis() / 4));
        return backoff.plusMillis(jitter);
    }

    private ZoomMeetingsApi client(String apiBaseUrl) {
        return clients.computeIfAbsent(apiBaseUrl, url -> QuarkusRestClientBuilder.newBuilder()
                .baseUri(URI.create(url))
                .connectTimeout(settings.connectTimeout().toMillis(), TimeUnit.MILLISECONDS)
                .readTimeout(settings.readTimeout().toMillis(), TimeUnit.MILLISECONDS)
                // Zoom's error statuses are responses to classify, not exceptions.
                .property("microprofile.rest.client.disable.default.mapper", true)
                .build(ZoomMeetingsApi.class));
    }

    /** Waits before a retry; a per-second limit clears within about a second, so blocking is cheaper than a queue. */
    private static void sleep(Duration wait) {
        try {
            Thread.sleep(wait.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new ZoomApiException("Waiting to retry", ZoomApiError.noResponse("interrupted"));
        }
    }
}
