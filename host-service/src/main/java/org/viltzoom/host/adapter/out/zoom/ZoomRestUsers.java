package org.viltzoom.host.adapter.out.zoom;

import com.fasterxml.jackson.databind.JsonNode;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Duration;
import org.jboss.logging.Logger;
import org.viltzoom.host.application.port.out.ZoomUnavailableException;
import org.viltzoom.host.application.port.out.ZoomUsers;
import org.viltzoom.host.domain.ZoomUser;
import org.viltzoom.host.domain.ZoomUserLookup;
import org.viltzoom.host.domain.ZoomUserStatus;
import org.viltzoom.kernel.domain.AccountId;
import org.viltzoom.kernel.domain.EmailAddress;
import org.viltzoom.kernel.zoom.ZoomErrorCodes;
import org.viltzoom.kernel.zoomtoken.TokenBrokerException;

/**
 * Zoom's Users API. Responses are classified by HTTP status and Zoom error code only (Zoom API
 * reference "Error codes"); Zoom rewords its messages without notice.
 */
@ApplicationScoped
class ZoomRestUsers implements ZoomUsers {

    private static final Logger LOG = Logger.getLogger(ZoomRestUsers.class);

    static final ZoomOperation GET_USER = new ZoomOperation("GET /users/{email}", "Light");
    static final ZoomOperation GET_SETTINGS = new ZoomOperation("GET /users/{userId}/settings", "Medium");

    /** 400: the access token lacks a scope the endpoint needs. */
    static final int TOKEN_LACKS_SCOPE = 4711;

    /** Wait before the next request after a response outside Zoom's documented ones. */
    private static final Duration UNEXPECTED_ANSWER_RETRY = Duration.ofHours(1);

    @Inject
    ZoomCaller caller;

    @Inject
    ZoomApiClients clients;

    @Inject
    Clock clock;

    @Override
    public ZoomUserLookup findByEmail(AccountId accountId, EmailAddress email) {
        ZoomResponse zoomResponse;
        try {
            zoomResponse = caller.send(GET_USER, accountId.value(),
                    token -> clients.users(token.apiBaseUrl()).user(token.bearerHeader(), email.value()));
        } catch (TokenBrokerException missingScopes) {
            LOG.warnf("The Zoom app of accountId=%s lacks scopes %s; hosts cannot be seen", accountId,
                    missingScopes.missingScopes());
            return ZoomUserLookup.of(ZoomUserLookup.Outcome.NO_VISIBILITY);
        }

        if (zoomResponse.isSuccess()) {
            return ZoomUserLookup.found(user(zoomResponse.body()));
        }
        if (zoomResponse.status() == 404) {
            return ZoomUserLookup.of(ZoomUserLookup.Outcome.NOT_FOUND);
        }
        if (zoomResponse.status() == 400 && zoomResponse.hasCode(ZoomErrorCodes.USER_NOT_IN_ACCOUNT)) {
            return ZoomUserLookup.of(ZoomUserLookup.Outcome.NOT_IN_ACCOUNT);
        }
        if (zoomResponse.status() == 403 || (zoomResponse.status() == 400 && zoomResponse.hasCode(TOKEN_LACKS_SCOPE))) {
            return ZoomUserLookup.of(ZoomUserLookup.Outcome.NO_VISIBILITY);
        }
        throw unexpected(GET_USER, accountId, zoomResponse);
    }

    @Override
    public boolean isWebinarCapable(AccountId accountId, String zoomUserId) {
        ZoomResponse zoomResponse;
        try {
            zoomResponse = caller.send(GET_SETTINGS, accountId.value(),
                    token -> clients.users(token.apiBaseUrl()).settings(token.bearerHeader(), zoomUserId));
        } catch (TokenBrokerException missingScopes) {
            throw new ZoomUnavailableException("No Zoom access token: " + missingScopes.getMessage(),
                    clock.instant().plus(UNEXPECTED_ANSWER_RETRY), false, missingScopes);
        }
        if (!zoomResponse.isSuccess()) {
            throw unexpected(GET_SETTINGS, accountId, zoomResponse);
        }
        JsonNode feature = zoomResponse.body().path("feature");
        return feature.path("webinar").asBoolean(false) || feature.path("zoom_events").asBoolean(false);
    }

    /**
     * Reads the user. Zoom documents {@code type} 1, 2 and 3 and {@code status} active, inactive
     * and pending; anything else is a response outside the contract.
     */
    private ZoomUser user(JsonNode body) {
        String id = body.path("id").asText(null);
        if (id == null || !body.path("type").canConvertToInt()) {
            throw new ZoomUnavailableException("Zoom returned " + GET_USER + " without a user id or type; the host is checked again later",
                    clock.instant().plus(UNEXPECTED_ANSWER_RETRY), false, null);
        }
        ZoomUserStatus status;
        try {
            status = ZoomUserStatus.parse(body.path("status").asText(null));
        } catch (IllegalArgumentException e) {
            throw new ZoomUnavailableException("Zoom returned " + GET_USER + " for user " + id + " with an invalid status: " + e.getMessage(),
                    clock.instant().plus(UNEXPECTED_ANSWER_RETRY), false, e);
        }
        return new ZoomUser(id, body.path("email").asText(null), body.path("account_id").asText(null),
                body.path("type").asInt(), status);
    }

    /** Reports a 4xx that Zoom does not document for this endpoint. The host's state is unknown, so it is checked later. */
    private ZoomUnavailableException unexpected(ZoomOperation operation, AccountId accountId, ZoomResponse zoomResponse) {
        LOG.warnf("Zoom call %s accountId=%s got an undocumented response: %s", operation, accountId, zoomResponse.describe());
        return new ZoomUnavailableException(operation + " for account " + accountId + " got an undocumented response: "
                + zoomResponse.describe(), clock.instant().plus(UNEXPECTED_ANSWER_RETRY), false, null);
    }
}
