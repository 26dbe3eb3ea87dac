package org.viltzoom.attendance.adapter.out.account;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.oidc.client.OidcClient;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import org.jboss.logging.Logger;
import org.viltzoom.attendance.application.port.out.WebhookSecrets;

/**
 * Resolves webhook secret tokens from account-service's
 * {@code GET /internal/v1/zoom-apps/{appId}/webhook-secret}, asynchronously, because the webhook
 * endpoint runs on the event loop. Known secrets are cached for the configured time; unknown
 * apps are not cached, so an app paired a moment ago is found at once.
 */
@ApplicationScoped
class AccountServiceWebhookSecrets implements WebhookSecrets {

    private static final Logger LOG = Logger.getLogger(AccountServiceWebhookSecrets.class);
    private static final ObjectMapper JSON = new ObjectMapper();

    private record CachedSecret(String secretToken, Instant fetchedAt) {
    }

    private final ConcurrentMap<String, CachedSecret> cache = new ConcurrentHashMap<>();
    private final HttpClient http = HttpClient.newHttpClient();

    @Inject
    AccountServiceSettings settings;

    @Inject
    Instance<OidcClient> oidcClient;

    @Inject
    Clock clock;

    @Override
    public CompletionStage<Optional<String>> secretTokenOf(String appId, boolean bypassCache) {
        CachedSecret cached = cache.get(appId);
        if (!bypassCache && cached != null
                && cached.fetchedAt().plus(settings.secretCacheTtl()).isAfter(clock.instant())) {
            return CompletableFuture.completedFuture(Optional.of(cached.secretToken()));
        }
        return serviceToken().thenCompose(token -> fetch(appId, token));
    }

    private CompletionStage<Optional<String>> fetch(String appId, String serviceToken) {
        String root = settings.url().endsWith("/") ? settings.url().substring(0, settings.url().length() - 1) : settings.url();
        HttpRequest request = HttpRequest.newBuilder(URI.create(root + "/internal/v1/zoom-apps/"
                        + URLEncoder.encode(appId, StandardCharsets.UTF_8).replace("+", "%20") + "/webhook-secret"))
                .timeout(settings.requestTimeout())
                .header("Authorization", "Bearer " + serviceToken)
                .header("Accept", "application/json")
                .GET()
                .build();

        return http.sendAsync(request, HttpResponse.BodyHandlers.ofString()).thenApply(response -> {
            if (response.statusCode() == 404) {
                cache.remove(appId);
                return Optional.<String>empty();
            }
            if (response.statusCode() != 200) {
                throw new IllegalStateException("account-service returned HTTP " + response.statusCode()
                        + " for the webhook secret of app " + appId);
            }
            String secretToken = readSecret(response.body());
            cache.put(appId, new CachedSecret(secretToken, clock.instant()));
            return Optional.of(secretToken);
        });
    }

    private CompletionStage<String> serviceToken() {
        if (settings.serviceToken().isPresent()) {
            return CompletableFuture.completedFuture(settings.serviceToken().get());
        }
        return oidcClient.get().getTokens().map(tokens -> tokens.getAccessToken()).subscribeAsCompletionStage();
    }

    private static String readSecret(String body) {
        try {
            JsonNode json = JSON.readTree(body);
            String secretToken = json.path("secretToken").asText("");
            if (secretToken.isEmpty()) {
                throw new IllegalStateException("account-service returned no secretToken");
            }
            return secretToken;
        } catch (IOException e) {
            LOG.warn("account-service returned a webhook secret response that is not JSON");
            throw new IllegalStateException("unreadable webhook secret response", e);
        }
    }
}
