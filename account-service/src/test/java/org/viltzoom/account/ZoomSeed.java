package org.viltzoom.account;

import java.util.UUID;
import org.viltzoom.kernel.testing.ZoomSimulatorTestResource;

/**
 * A simulator seed with Zoom ids unique to one test, because the service's database keeps the
 * pairings of earlier tests and one Zoom account can be paired to one record only.
 */
final class ZoomSeed {

    static final String S2S_CLIENT_SECRET = "s2s-client-secret-7b3f";
    static final String S2S_WEBHOOK_SECRET = "s2s-webhook-secret-0e8c";

    final String suffix = UUID.randomUUID().toString().substring(0, 8);
    final String zoomAccount = "zacc-" + suffix;
    final String otherZoomAccount = "zacc2-" + suffix;
    final String owner = "u-owner-" + suffix;
    final String admin = "u-admin-" + suffix;
    final String member = "u-member-" + suffix;
    final String s2sClientId = "s2s-client-" + suffix;

    /** Seeds the simulator; {@code oauthScopes} is a JSON array, empty for every admin scope. */
    ZoomSeed apply(String oauthScopes) {
        ZoomSimulatorTestResource.simulator().control().reset();
        ZoomSimulatorTestResource.simulator().control().seed("""
                {
                  "accounts": [{"id": "%1$s", "plan": "business"}, {"id": "%2$s", "plan": "business"}],
                  "users": [
                    {"id": "%3$s", "account_id": "%1$s", "email": "owner-%6$s@example.com", "first_name": "Olga",
                     "last_name": "Owner", "type": 2, "status": "active", "role_name": "Owner"},
                    {"id": "%4$s", "account_id": "%1$s", "email": "admin-%6$s@example.com", "type": 2, "role_name": "Admin"},
                    {"id": "%5$s", "account_id": "%1$s", "email": "member-%6$s@example.com", "type": 2, "role_name": "Member"},
                    {"id": "u-owner2-%6$s", "account_id": "%2$s", "email": "owner2-%6$s@example.com", "type": 2, "role_name": "Owner"}
                  ],
                  "apps": [
                    %7$s,
                    {"id": "s2s-%6$s", "kind": "SERVER_TO_SERVER", "client_id": "%8$s", "client_secret": "%9$s",
                     "account_id": "%2$s", "webhook_secret_token": "%10$s"}
                  ],
                  "templates": [
                    {"id": "tpl-1-%6$s", "user_id": "%3$s", "name": "Training", "type": 1},
                    {"id": "tpl-2-%6$s", "user_id": "%3$s", "name": "Workshop", "type": 1}
                  ]
                }
                """.formatted(zoomAccount, otherZoomAccount, owner, admin, member, suffix,
                ZoomSimulatorTestResource.oauthAppSeed(oauthScopes), s2sClientId, S2S_CLIENT_SECRET,
                S2S_WEBHOOK_SECRET));
        return this;
    }

    ZoomSeed apply() {
        return apply("[]");
    }

    String template(int number) {
        return "tpl-" + number + "-" + suffix;
    }
}
