package org.viltzoom.localrun;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.net.URI;
import java.security.SecureRandom;
import java.util.HexFormat;
import java.util.Locale;
import org.viltzoom.localrun.lms.Roster;
import org.viltzoom.localrun.lms.Roster.Person;

/**
 * The Zoom side of a local run, seeded into the simulator: one Business account with the people
 * of {@link Roster}, and the deployment's OAuth app, whose redirect URI and webhook URL point at
 * this run's account-service and attendance-service. The secrets are new on every run.
 */
public record ZoomWorld(String zoomAccountId, String appId, String clientId, String clientSecret,
                        String webhookSecretToken) {

    private static final ObjectMapper JSON = new ObjectMapper();

    public static ZoomWorld create() {
        return new ZoomWorld("acme-zoom-account", "vilt-local", "vilt-local-client", randomSecret(), randomSecret());
    }

    /** Returns the Zoom user id that the seed gives a person. */
    public static String zoomUserId(Person person) {
        return "u-" + person.firstName().toLowerCase(Locale.ROOT);
    }

    public URI redirectUri(URI accountService) {
        return accountService.resolve("/api/v1/zoom/oauth/callback");
    }

    public URI webhookUrl(URI attendanceService) {
        return attendanceService.resolve("/zoom/webhooks/" + clientId);
    }

    /** Returns the simulator's seed document (see deploy/zoom-simulator/README.md). */
    String seed(URI accountService, URI attendanceService) {
        ObjectNode seed = JSON.createObjectNode();
        seed.putArray("accounts").addObject()
                .put("id", zoomAccountId).put("name", "Acme Training").put("plan", "business").put("account_number", 4242001);

        ArrayNode users = seed.putArray("users");
        user(users, Roster.ZOOM_OWNER, 2, "Owner");
        ObjectNode host = user(users, Roster.HOST, 2, "Member").put("webinar", true).put("webinar_capacity", 500);
        host.putObject("meeting_password_requirement").put("length", 8).put("have_letter", true).put("have_number", true);
        Roster.ALTERNATIVE_HOSTS.forEach(person -> user(users, person, 2, "Member"));
        user(users, Roster.UNLICENSED, 1, "Member");

        ObjectNode app = seed.putArray("apps").addObject()
                .put("id", appId).put("kind", "OAUTH").put("client_id", clientId).put("client_secret", clientSecret)
                .put("webhook_url", webhookUrl(attendanceService).toString())
                .put("webhook_secret_token", webhookSecretToken);
        app.putArray("redirect_uris").add(redirectUri(accountService).toString());
        // Empty lists mean every admin scope and every event type.
        app.putArray("scopes");
        app.putArray("event_subscriptions");

        seed.put("default_authorizing_user", zoomUserId(Roster.ZOOM_OWNER));
        return seed.toString();
    }

    private ObjectNode user(ArrayNode users, Person person, int type, String role) {
        return users.addObject()
                .put("id", zoomUserId(person)).put("account_id", zoomAccountId).put("email", person.email())
                .put("first_name", person.firstName()).put("last_name", person.lastName())
                .put("type", type).put("status", "active").put("role_name", role).put("timezone", "Europe/Berlin");
    }

    private static String randomSecret() {
        byte[] bytes = new byte[24];
        new SecureRandom().nextBytes(bytes);
        return HexFormat.of().formatHex(bytes);
    }
}
