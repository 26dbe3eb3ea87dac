package org.viltzoom.kernel.zoomtoken;

import java.time.Clock;
import java.util.Objects;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;

/**
 * Gets Zoom access tokens from account-service's token broker and caches them per account until
 * {@link ZoomTokenBrokerSettings#refreshMargin()} before they expire.
 *
 * <p>Requests are single-flighted per account in this JVM: callers that find no usable token
 * while a broker request for the account is running wait for its result, so ten concurrent Zoom
 * calls on an empty cache cost one broker request. When Zoom rejects a token (401 code 124),
 * {@link #call} requests one replacement from the broker and repeats the call once; concurrent callers
 * rejected with the same token share that replacement.
 */
public final class ZoomTokenBrokerClient {

    /** A Zoom call that needs a token; it throws {@link AccessTokenRejectedException} on 401 code 124. */
    @FunctionalInterface
    public interface ZoomCall<T> {
        T apply(ZoomAccessToken token);
    }

    private final TokenBrokerHttp broker;
    private final ZoomTokenBrokerSettings settings;
    private final Clock clock;
    private final ConcurrentMap<UUID, ZoomAccessToken> cache = new ConcurrentHashMap<>();
    private final ConcurrentMap<UUID, CompletableFuture<ZoomAccessToken>> inFlight = new ConcurrentHashMap<>();

    public ZoomTokenBrokerClient(ZoomTokenBrokerSettings settings, ServiceCredentials credentials, Clock clock) {
        this.settings = Objects.requireNonNull(settings, "settings");
        this.clock = Objects.requireNonNull(clock, "clock");
        this.broker = new TokenBrokerHttp(settings, Objects.requireNonNull(credentials, "credentials"), clock);
    }

    /**
     * Runs a Zoom call with the account's token. If the call throws
     * {@link AccessTokenRejectedException}, it runs once more with a replacement token; a second
     * rejection propagates.
     *
     * @throws TokenBrokerException if the broker issues no token
     */
    public <T> T call(UUID accountId, ZoomCall<T> call) {
        ZoomAccessToken token = accessToken(accountId);
        try {
            return call.apply(token);
        } catch (AccessTokenRejectedException rejected) {
            return call.apply(replaceRejected(accountId, token));
        }
    }

    /**
     * Returns a cached token that is still usable, or one from the broker.
     *
     * @throws TokenBrokerException if the broker issues no token
     */
    public ZoomAccessToken accessToken(UUID accountId) {
        ZoomAccessToken cached = usableCached(accountId, null);
        return cached != null ? cached : fetch(accountId, null);
    }

    /**
     * Returns a token other than the rejected one. Another caller may already have replaced it;
     * otherwise the request names the token Zoom rejected, so that the broker issues a new one.
     *
     * @throws TokenBrokerException if the broker issues no token
     */
    public ZoomAccessToken replaceRejected(UUID accountId, ZoomAccessToken rejected) {
        String rejectedValue = rejected.accessToken();
        cache.remove(accountId, rejected);

        ZoomAccessToken replacement = usableCached(accountId, rejectedValue);
        if (replacement != null) {
            return replacement;
        }
        replacement = fetch(accountId, rejectedValue);
        if (!replacement.accessToken().equals(rejectedValue)) {
            return replacement;
        }
        // This caller joined a flight that did not know about the rejection, and it returned the
        // rejected token again: ask once more, this time naming the rejected token.
        cache.remove(accountId, replacement);
        return fetch(accountId, rejectedValue);
    }

    /** Forgets the cached token of an account, for example after the account was unpaired. */
    public void evict(UUID accountId) {
        cache.remove(accountId);
    }

    private ZoomAccessToken usableCached(UUID accountId, String rejectedValue) {
        ZoomAccessToken cached = cache.get(accountId);
        if (cached == null || cached.accessToken().equals(rejectedValue)) {
            return null;
        }
        boolean fresh = clock.instant().plus(settings.refreshMargin()).isBefore(cached.expiresAt());
        return fresh ? cached : null;
    }

    private ZoomAccessToken fetch(UUID accountId, String rejectedValue) {
        CompletableFuture<ZoomAccessToken> mine = new CompletableFuture<>();
        CompletableFuture<ZoomAccessToken> running = inFlight.putIfAbsent(accountId, mine);
        if (running != null) {
            return await(running);
        }

        try {
            // A flight that ended between this caller's cache check and putIfAbsent may have
            // cached a usable token already.
            ZoomAccessToken token = usableCached(accountId, rejectedValue);
            if (token == null) {
                token = broker.request(accountId, rejectedValue);
                cacheIfUsable(accountId, token);
            }
            mine.complete(token);
            return token;
        } catch (RuntimeException e) {
            mine.completeExceptionally(e);
            throw e;
        } finally {
            inFlight.remove(accountId, mine);
        }
    }

    /** Caches the token unless it is already inside the refresh margin; such a token serves only this caller. */
    private void cacheIfUsable(UUID accountId, ZoomAccessToken token) {
        if (clock.instant().plus(settings.refreshMargin()).isBefore(token.expiresAt())) {
            cache.put(accountId, token);
        }
    }

    private static ZoomAccessToken await(CompletableFuture<ZoomAccessToken> running) {
        try {
            return running.join();
        } catch (CompletionException e) {
            if (e.getCause() instanceof RuntimeException cause) {
                throw cause;
            }
            throw e;
        }
    }
}
