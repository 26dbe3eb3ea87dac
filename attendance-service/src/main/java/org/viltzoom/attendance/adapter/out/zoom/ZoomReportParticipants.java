package org.viltzoom.attendance.adapter.out.zoom;

import com.fasterxml.jackson.databind.JsonNode;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;
import org.viltzoom.attendance.application.port.out.PastParticipants;
import org.viltzoom.attendance.application.port.out.ReportedParticipant;
import org.viltzoom.attendance.domain.ReconciliationOutcome;
import org.viltzoom.kernel.zoom.RateLimitInfo;
import org.viltzoom.kernel.zoom.ZoomApiError;
import org.viltzoom.kernel.zoom.ZoomErrorCategory;
import org.viltzoom.kernel.zoom.ZoomErrorCodes;
import org.viltzoom.kernel.zoomapi.ZoomResponseBodies;
import org.viltzoom.kernel.zoomtoken.AccessTokenRejectedException;
import org.viltzoom.kernel.zoomtoken.TokenBrokerException;
import org.viltzoom.kernel.zoomtoken.TokenBrokerFailure;
import org.viltzoom.kernel.zoomtoken.ZoomAccessToken;
import org.viltzoom.kernel.zoomtoken.ZoomTokenBrokerClient;

/**
 * Reads {@code GET /report/meetings/{meetingUUID}/participants} (Zoom API reference: Reports >
 * Get meeting participant reports) page by page with {@code page_size=300}, the maximum, and
 * {@code next_page_token}. Errors are classified by HTTP status and Zoom code, never by message.
 */
@ApplicationScoped
class ZoomReportParticipants implements PastParticipants {

    private static final Logger LOG = Logger.getLogger(ZoomReportParticipants.class);
    private static final int PAGE_SIZE = 300;
    // Guards against a next_page_token that never ends; 200 pages are 60,000 connections.
    private static final int MAX_PAGES = 200;

    @Inject
    ZoomTokenBrokerClient tokens;

    @Inject
    Clock clock;

    @ConfigProperty(name = "vilt.zoom.request-timeout", defaultValue = "10s")
    Duration requestTimeout;

    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    /** A page that Zoom refused; ends the read with the report it maps to. */
    private static final class PageFailure extends RuntimeException {

        private final transient Report report;

        PageFailure(Report report) {
            super(null, null, false, false);
            this.report = report;
        }
    }

    @Override
    public Report fetch(UUID accountId, String meetingUuid) {
        try {
            return tokens.call(accountId, token -> readAllPages(token, meetingUuid));
        } catch (PageFailure failure) {
            return failure.report;
        } catch (TokenBrokerException e) {
            return fromBroker(e);
        } catch (AccessTokenRejectedException e) {
            return new RetryLater(null, "Zoom rejected the replacement access token too (HTTP 401, code 124)");
        }
    }

    private Report readAllPages(ZoomAccessToken token, String meetingUuid) {
        String base = token.apiBaseUrl() + "/report/meetings/" + MeetingUuidPath.segment(meetingUuid)
                + "/participants?page_size=" + PAGE_SIZE;
        List<ReportedParticipant> rows = new ArrayList<>();
        String pageToken = "";
        for (int page = 1; page <= MAX_PAGES; page++) {
            String url = pageToken.isEmpty() ? base
                    : base + "&next_page_token=" + URLEncoder.encode(pageToken, StandardCharsets.UTF_8);
            JsonNode body = get(token, url);
            for (JsonNode participant : body.path("participants")) {
                ReportRow.read(participant).ifPresent(rows::add);
            }
            pageToken = body.path("next_page_token").asText("");
            if (pageToken.isEmpty()) {
                return new Rows(rows);
            }
        }
        LOG.warnf("Zoom's participant report of meeting instance %s has more than %d pages; retrying later",
                meetingUuid, MAX_PAGES);
        return new RetryLater(null, "the report has more than " + MAX_PAGES + " pages");
    }

    private JsonNode get(ZoomAccessToken token, String url) {
        HttpRequest request = HttpRequest.newBuilder(URI.create(url))
                .timeout(requestTimeout)
                .header("Authorization", token.bearerHeader())
                .header("Accept", "application/json")
                .GET()
                .build();
        HttpResponse<String> response;
        try {
            response = http.send(request, HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new PageFailure(new RetryLater(null, "no response from Zoom: " + e.getClass().getSimpleName()));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new PageFailure(new RetryLater(null, "interrupted while waiting for Zoom"));
        }

        JsonNode body = ZoomResponseBodies.parseOrEmpty(response.body());
        int status = response.statusCode();
        if (status == 200) {
            return body;
        }
        Integer code = body.path("code").canConvertToInt() ? body.path("code").asInt() : null;
        if (status == 401 && code != null && code == ZoomErrorCodes.INVALID_ACCESS_TOKEN) {
            throw new AccessTokenRejectedException("Reading Zoom's participant report");
        }
        RateLimitInfo rateLimit = RateLimitInfo.fromHeaders(
                name -> response.headers().firstValue(name).orElse(null), clock.instant());
        throw new PageFailure(fromZoom(new ZoomApiError(status, code, body.path("message").asText(null), List.of(),
                rateLimit)));
    }

    private static Report fromZoom(ZoomApiError error) {
        String described = "Zoom returned HTTP " + error.status() + (error.code() == null ? "" : " code " + error.code());
        if (error.status() == 404 && error.hasCode(ZoomErrorCodes.MEETING_NOT_FOUND)) {
            return new NotReady();
        }
        ZoomErrorCategory category = error.category();
        return switch (category) {
            case RATE_LIMITED_PER_SECOND, RATE_LIMITED_PER_DAY -> new RetryLater(
                    error.rateLimit() == null ? null : error.rateLimit().retryAfter(), described + " (rate limit)");
            case TRANSIENT, UNAUTHORIZED -> new RetryLater(null, described);
            case NOT_FOUND, INVALID_INPUT, PERMISSION_DENIED -> new Refused(ReconciliationOutcome.ZOOM_REJECTED, described);
        };
    }

    private static Report fromBroker(TokenBrokerException e) {
        TokenBrokerFailure failure = e.failure();
        return switch (failure) {
            case ACCOUNT_NOT_FOUND, ACCOUNT_NOT_PAIRED -> new Refused(ReconciliationOutcome.ACCOUNT_NOT_PAIRED,
                    "the token broker returned " + failure + (e.accountStatus() == null ? "" : " (" + e.accountStatus() + ")"));
            case MISSING_SCOPES -> new Refused(ReconciliationOutcome.MISSING_SCOPES,
                    "the Zoom app lacks the scopes " + e.missingScopes());
            case ZOOM_UNAVAILABLE, BROKER_UNAVAILABLE, CREDENTIALS_REJECTED -> new RetryLater(e.retryAfter(),
                    "the token broker returned " + failure);
        };
    }
}
