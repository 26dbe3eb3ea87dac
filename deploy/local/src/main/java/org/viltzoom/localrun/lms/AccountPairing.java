package org.viltzoom.localrun.lms;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.URI;
import java.util.Map;
import org.viltzoom.localrun.Progress;

/**
 * Creates an account record and pairs it through Zoom's OAuth authorization-code flow, playing
 * the administrator's browser: open Zoom's authorize URL (the simulator consents at once as the
 * account owner) and follow Zoom's redirect to account-service's callback.
 */
final class AccountPairing {

    private final ApiClient api;
    private final URI accounts;
    private final Progress progress;

    AccountPairing(ApiClient api, URI accountService, String platform, Progress progress) {
        this.api = api;
        this.accounts = accountService.resolve("/api/v1/platforms/" + platform + "/accounts");
        this.progress = progress;
    }

    PairedAccount createAndPair(String name) {
        JsonNode created = api.post(accounts, Map.of("name", name, "description", "The training team's Zoom account"))
                .expect(201).json();
        String id = created.path("id").asText();
        progress.detail("created account " + id + " '" + name + "', status " + created.path("status").asText());

        URI authorizeUrl = URI.create(api.post(URI.create(accounts + "/" + id + "/oauth-pairing"), Map.of("overwrite", false))
                .expect(200).json().path("authorizeUrl").asText());
        progress.detail("Zoom's authorize URL: " + authorizeUrl.getScheme() + "://" + authorizeUrl.getAuthority()
                + authorizeUrl.getPath() + "?client_id=…&state=…");

        ApiResponse consent = api.browse(authorizeUrl).expect(302);
        URI callback = URI.create(consent.header("Location"));
        progress.detail("the Zoom account owner consented; Zoom redirects to " + callback.getPath());

        JsonNode paired = api.browse(callback).expect(200).json();
        PairedAccount account = new PairedAccount(id, name, paired.path("status").asText(),
                paired.path("zoomAccountId").asText(), paired.path("pairingMode").asText());
        if (!"PAIRED".equals(account.status())) {
            throw new IllegalStateException("The OAuth callback left account " + id + " in status " + account.status());
        }
        progress.detail("account " + account.status() + " with Zoom account " + account.zoomAccountId()
                + " (" + account.pairingMode() + ")");
        return account;
    }
}
