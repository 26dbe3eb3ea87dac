package org.viltzoom.host.adapter.out.zoom;

import io.quarkus.rest.client.reactive.QuarkusRestClientBuilder;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.net.URI;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import java.util.concurrent.TimeUnit;

/**
 * REST clients for Zoom, one per API base URL: the broker names the base URL per account,
 * because accounts in other data regions use other API hosts.
 */
@ApplicationScoped
class ZoomApiClients {

    @Inject
    ZoomApiSettings settings;

    private final ConcurrentMap<String, ZoomUsersApi> usersApis = new ConcurrentHashMap<>();

    ZoomUsersApi users(String apiBaseUrl) {
        return usersApis.computeIfAbsent(apiBaseUrl, url -> QuarkusRestClientBuilder.newBuilder()
                .baseUri(URI.create(url))
                .connectTimeout(settings.connectTimeout().toMillis(), TimeUnit.MILLISECONDS)
                .readTimeout(settings.readTimeout().toMillis(), TimeUnit.MILLISECONDS)
                // Zoom's error statuses are responses to classify, not exceptions.
                .property("microprofile.rest.client.disable.default.mapper", true)
                .build(ZoomUsersApi.class));
    }
}
