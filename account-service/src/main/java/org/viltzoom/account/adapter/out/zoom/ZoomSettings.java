package org.viltzoom.account.adapter.out.zoom;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.time.Duration;
import java.util.Optional;

/** The deployment's Zoom OAuth app and Zoom's addresses. */
@ConfigMapping(prefix = "vilt.zoom")
public interface ZoomSettings {

    /** Zoom's OAuth server. */
    @WithDefault("https://zoom.us")
    String oauthUrl();

    /** Zoom's REST API root, without {@code /v2}; token responses may name another ({@code api_url}). */
    @WithDefault("https://api.zoom.us")
    String apiUrl();

    /** Client id of the deployment's Zoom OAuth app; also the app id in its webhook URL. */
    String clientId();

    /** Client secret of the deployment's Zoom OAuth app. */
    String clientSecret();

    /** The redirect URI registered in the Zoom app: this service's {@code /api/v1/zoom/oauth/callback}. */
    String redirectUri();

    /** The secret token of the OAuth app's webhooks. */
    Optional<String> webhookSecretToken();

    @WithDefault("5s")
    Duration connectTimeout();

    @WithDefault("10s")
    Duration readTimeout();
}
