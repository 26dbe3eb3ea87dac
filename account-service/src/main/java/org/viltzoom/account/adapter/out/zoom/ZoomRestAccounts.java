package org.viltzoom.account.adapter.out.zoom;

import com.fasterxml.jackson.databind.JsonNode;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.ProcessingException;
import java.util.ArrayList;
import java.util.List;
import org.eclipse.microprofile.faulttolerance.Retry;
import org.viltzoom.account.application.port.out.ZoomAccounts;
import org.viltzoom.account.domain.ZoomTemplate;
import org.viltzoom.account.domain.ZoomUserProfile;
import org.viltzoom.kernel.zoom.ZoomApiError;

/** Reads users and templates. Retries only what may pass on a second try; never a 4xx other than 429. */
@ApplicationScoped
class ZoomRestAccounts implements ZoomAccounts {

    @Inject
    ZoomClients clients;

    @Override
    @Retry(maxRetries = 2, delay = 300, jitter = 100, retryOn = ZoomRetryableException.class)
    public ZoomUserProfile currentUser(String accessToken, String apiBaseUrl) {
        JsonNode user = call("Reading the authorizing Zoom user",
                () -> clients.users(apiBaseUrl).me(bearer(accessToken)));
        return new ZoomUserProfile(user.path("id").asText(null), user.path("account_id").asText(null),
                user.path("email").asText(null), user.path("role_name").asText(null),
                user.path("role_id").asText(null), user.path("status").asText(null));
    }

    @Override
    @Retry(maxRetries = 2, delay = 300, jitter = 100, retryOn = ZoomRetryableException.class)
    public void checkAccess(String accessToken, String apiBaseUrl) {
        call("Listing Zoom users", () -> clients.users(apiBaseUrl).list(bearer(accessToken), 1));
    }

    @Override
    @Retry(maxRetries = 2, delay = 300, jitter = 100, retryOn = ZoomRetryableException.class)
    public List<ZoomTemplate> meetingTemplates(String accessToken, String apiBaseUrl, String zoomUserId) {
        JsonNode body = call("Listing Zoom meeting templates",
                () -> clients.users(apiBaseUrl).meetingTemplates(bearer(accessToken), zoomUserId));

        List<ZoomTemplate> templates = new ArrayList<>();
        for (JsonNode template : body.path("templates")) {
            templates.add(new ZoomTemplate(template.path("id").asText(), template.path("name").asText(),
                    template.path("type").asInt(1)));
        }
        return templates;
    }

    private static JsonNode call(String operation, java.util.function.Supplier<jakarta.ws.rs.core.Response> request) {
        try {
            return ZoomResponses.successBody(operation, request.get());
        } catch (ProcessingException e) {
            throw new ZoomRetryableException(operation, ZoomApiError.noResponse(e.getClass().getSimpleName()));
        }
    }

    private static String bearer(String accessToken) {
        return "Bearer " + accessToken;
    }
}
