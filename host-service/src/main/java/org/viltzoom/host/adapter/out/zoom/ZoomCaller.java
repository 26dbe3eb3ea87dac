package org.viltzoom.host.adapter.out.zoom;

import com.fasterxml.jackson.databind.JsonNode;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.ProcessingException;
import jakarta.ws.rs.core.Response;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.UUID;
import java.util.function.Function;
import org.jboss.logging.Logger;
import org.viltzoom.host.application.port.out.ZoomUnavailableException;
import org.viltzoom.kernel.zoom.PerSecondLimitPause;
import org.viltzoom.kernel.zoom.RateLimitInfo;
import org.viltzoom.kernel.zoom.ZoomErrorCategory;
import org.viltzoom.kernel.zoom.ZoomErrorCodes;
import org.viltzoom.kernel.zoomapi.ZoomResponseBodies;
import org.viltzoom.kernel.zoomtoken.AccessTokenRejectedException;
import org.viltzoom.kernel.zoomtoken.TokenBrokerException;
import org.viltzoom.kernel.zoomtoken.TokenBrokerFailure;
import org.viltzoom.kernel.zoomtoken.ZoomAccessToken;
import org.viltzoom.kernel.zoomtoken.ZoomTokenBrokerClient;

/**
 * Sends one Zoom request with the account's token and retries what a retry can fix: a rejected
 * token once (through the broker client), 5xx responses and lost connections with exponential
 * backoff, and per-second rate limits after pausing all of the account's calls in that category.
 * Other 4xx responses are returned for the caller to classify; they are never retried.
 */
@ApplicationScoped
class ZoomCaller {

    private static final Logger LOG = Logger.getLogger(ZoomCaller.class);
    /** How long to wait for the broker when it gave no retry time. */
    private static final Duration BROKER_RETRY = Duration.ofSeconds(30);

    /** How long to wait when an account is unknown to the broker or not paired there yet. */
    private static final Duration ACCOUNT_RETRY = Duration.ofMinutes(5);

    @Inject
    ZoomTokenBrokerClient tokens;

    @Inject
    ZoomApiSettings settings;

    @Inject
    Clock clock;

    private final PerSecondLimitPause perSecondLimits = new PerSecondLimitPause();

    /**
     * Sends the request until Zoom returns a response that a retry cannot change.
     *
     * @throws ZoomUnavailableException after a daily limit, or when retries ran out
     * @throws TokenBrokerException with {@link TokenBrokerFailure#MISSING_SCOPES}, which the caller classifies
     */
    ZoomResponse send(ZoomOperation operation, UUID accountId, Function<ZoomAccessToken, Response> request) {
        Duration backoff = settings.initialBackoff();
        for (int attempt = 0; ; attempt++) {
            awaitPause(operation, accountId);
            ZoomResponse zoomResponse = sendOnce(operation, accountId, request);
            if (zoomResponse.isSuccess()) {
                return zoomResponse;
            }

            ZoomErrorCategory category = zoomResponse.category();
            if (category == ZoomErrorCategory.RATE_LIMITED_PER_DAY) {
                throw dailyLimit(operation, accountId, zoomResponse);
            }
            if (category != ZoomErrorCategory.RATE_LIMITED_PER_SECOND && category != ZoomErrorCategory.TRANSIENT) {
                return zoomResponse;
            }

            Duration wait = category == ZoomErrorCategory.RATE_LIMITED_PER_SECOND
                    ? pauseAccount(operation, accountId, zoomResponse)
                    : backoff;
            if (attempt >= settings.maxRetries()) {
                throw new ZoomUnavailableException(operation + " for account " + accountId + " failed after "
                        + attempt + " retries: " + zoomResponse.describe(), retryAt(zoomResponse, wait), false, null);
            }
            LOG.warnf("Zoom call %s accountId=%s failed with %s; retry %d in %d ms", operation, accountId,
                    zoomResponse.describe(), attempt + 1, wait.toMillis());
            sleep(wait);
            backoff = min(backoff.multipliedBy(2), settings.maxBackoff());
        }
    }

    private ZoomResponse sendOnce(ZoomOperation operation, UUID accountId, Function<ZoomAccessToken, Response> request) {
        try {
            return tokens.call(accountId, token -> read(operation, request.apply(token)));
        } catch (AccessTokenRejectedException e) {
            throw new ZoomUnavailableException(operation + " for account " + accountId
                    + ": Zoom rejected the replacement access token too", clock.instant().plus(BROKER_RETRY), false, e);
        } catch (TokenBrokerException e) {
            if (e.failure() == TokenBrokerFailure.MISSING_SCOPES) {
                throw e;
            }
            throw new ZoomUnavailableException("No Zoom access token: " + e.getMessage(), brokerRetryAt(e), false, e);
        } catch (ProcessingException e) {
            LOG.debugf(e, "Zoom call %s accountId=%s got no response", operation, accountId);
            return ZoomResponse.noResponse();
        }
    }

    private ZoomResponse read(ZoomOperation operation, Response response) {
        try (response) {
            JsonNode body = ZoomResponseBodies.parseOrEmpty(response.hasEntity() ? response.readEntity(String.class) : "");
            ZoomResponse zoomResponse = new ZoomResponse(response.getStatus(), body,
                    RateLimitInfo.fromHeaders(response::getHeaderString, clock.instant()));
            if (zoomResponse.status() == 401 && zoomResponse.hasCode(ZoomErrorCodes.INVALID_ACCESS_TOKEN)) {
                throw new AccessTokenRejectedException(operation.name());
            }
            return zoomResponse;
        }
    }

    private ZoomUnavailableException dailyLimit(ZoomOperation operation, UUID accountId, ZoomResponse zoomResponse) {
        Instant retryAfter = zoomResponse.rateLimit() != null && zoomResponse.rateLimit().retryAfter() != null
                ? zoomResponse.rateLimit().retryAfter()
                : RateLimitInfo.nextDailyReset(clock.instant());
        String category = zoomResponse.rateLimit() == null ? null : zoomResponse.rateLimit().category();
        return new ZoomUnavailableException(operation + " for account " + accountId + " reached Zoom's daily limit"
                + (category == null ? "" : " of category " + category) + "; it resets at " + retryAfter,
                retryAfter, true, null);
    }

    /**
     * Pauses every call of the account in the operation's category for Zoom's one-second window,
     * or until Zoom's {@code Retry-After} when it sent a later one, but at most the maximum backoff.
     *
     * @return how long this call waits before its retry
     */
    private Duration pauseAccount(ZoomOperation operation, UUID accountId, ZoomResponse zoomResponse) {
        RateLimitInfo rateLimit = zoomResponse.rateLimit();
        Duration retryAfter = null;
        if (rateLimit != null && rateLimit.retryAfter() != null) {
            retryAfter = min(Duration.between(clock.instant(), rateLimit.retryAfter()), settings.maxBackoff());
        }
        return perSecondLimits.pause(accountId, operation.rateLimitCategory(), retryAfter);
    }

    /**
     * Sleeps until the account's calls in the operation's category may be sent again. It checks
     * again after each sleep, because a call in flight meanwhile may have met a 429 and extended
     * the pause.
     */
    private void awaitPause(ZoomOperation operation, UUID accountId) {
        Duration wait = perSecondLimits.remaining(accountId, operation.rateLimitCategory());
        while (!wait.isZero()) {
            sleep(wait);
            wait = perSecondLimits.remaining(accountId, operation.rateLimitCategory());
        }
    }

    /** When a caller may try again after retries ran out: after the last wait, or Zoom's later Retry-After. */
    private Instant retryAt(ZoomResponse zoomResponse, Duration lastWait) {
        Instant afterWait = clock.instant().plus(lastWait);
        Instant retryAfter = zoomResponse.rateLimit() == null ? null : zoomResponse.rateLimit().retryAfter();
        return retryAfter != null && retryAfter.isAfter(afterWait) ? retryAfter : afterWait;
    }

    private Instant brokerRetryAt(TokenBrokerException e) {
        if (e.retryAfter() != null) {
            return e.retryAfter();
        }
        return clock.instant().plus(e.isTransient() ? BROKER_RETRY : ACCOUNT_RETRY);
    }

    private static Duration min(Duration a, Duration b) {
        return a.compareTo(b) <= 0 ? a : b;
    }

    private void sleep(Duration wait) {
        try {
            Thread.sleep(wait.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new ZoomUnavailableException("Interrupted while waiting to retry a Zoom call", clock.instant(), false, e);
        }
    }
}
