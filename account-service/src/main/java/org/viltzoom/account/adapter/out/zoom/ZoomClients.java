package org.viltzoom.account.adapter.out.zoom;

import io.quarkus.rest.client.reactive.QuarkusRestClientBuilder;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.net.URI;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import java.util.concurrent.TimeUnit;

/**
 * REST clients for Zoom, one per base URL: token responses may name another API host
 * ({@code api_url}) for accounts in other data regions.
 */
@ApplicationScoped
class ZoomClients {

    @Inject
    ZoomSettings settings;

    private final ConcurrentMap<String, ZoomUsersApi> usersApis = new ConcurrentHashMap<>();
    private volatile ZoomOAuthApi oauthApi;

    ZoomOAuthApi oauth() {
        if (oauthApi == null) {
            oauthApi = builder(settings.oauthUrl()).build(ZoomOAuthApi.class);
        }
        return oauthApi;
    }

    ZoomUsersApi users(String apiBaseUrl) {
        return usersApis.computeIfAbsent(apiBaseUrl, url -> builder(url).build(ZoomUsersApi.class));
    }

    /** Returns the REST API v2 root for a token's {@code api_url}, or the configured one. */
    String apiBaseUrl(String tokenApiUrl) {
        String root = tokenApiUrl == null || tokenApiUrl.isBlank() ? settings.apiUrl() : tokenApiUrl;
        return stripTrailingSlash(root) + "/v2";
    }

    private QuarkusRestClientBuilder builder(String baseUrl) {
        return QuarkusRestClientBuilder.newBuilder()
                .baseUri(URI.create(baseUrl))
                .connectTimeout(settings.connectTimeout().toMillis(), TimeUnit.MILLISECONDS)
                .readTimeout(settings.readTimeout().toMillis(), TimeUnit.MILLISECONDS)
                // Zoom's error statuses are responses to classify, not exceptions.
                .property("microprofile.rest.client.disable.default.mapper", true);
    }

    private static String stripTrailingSlash(String url) {
        return url.endsWith("/") ? url.substring(0, url.length() - 1) : url;
    }
}
