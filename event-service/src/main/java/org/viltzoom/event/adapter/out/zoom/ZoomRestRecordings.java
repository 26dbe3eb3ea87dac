package org.viltzoom.event.adapter.out.zoom;

import com.fasterxml.jackson.databind.JsonNode;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.viltzoom.event.adapter.out.zoom.ZoomCalls.Retries;
import org.viltzoom.event.application.port.out.ZoomRecordings;
import org.viltzoom.event.domain.RecordingFile;
import org.viltzoom.kernel.zoom.ZoomApiError;
import org.viltzoom.kernel.zoom.ZoomApiException;
import org.viltzoom.kernel.zoom.ZoomErrorCodes;
import org.viltzoom.kernel.zoomtoken.AccessTokenRejectedException;
import org.viltzoom.kernel.zoomtoken.ZoomTokenBrokerClient;

/** Cloud recordings through Zoom's REST API v2; files download with the account's bearer token. */
@ApplicationScoped
class ZoomRestRecordings implements ZoomRecordings {

    private final HttpClient http = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NORMAL).build();

    @Inject
    ZoomCalls calls;

    @Inject
    ZoomTokenBrokerClient tokens;

    @Inject
    ZoomApiSettings settings;

    @Override
    public List<RecordingFile> list(UUID accountId, long meetingId) {
        JsonNode body = calls.send("Listing the recordings of Zoom meeting " + meetingId, accountId, null,
                Retries.RATE_LIMITS_AND_TRANSIENT, (api, bearer) -> api.recordings(bearer, meetingId));
        String meetingUuid = body.path("uuid").asText("");
        List<RecordingFile> files = new ArrayList<>();
        for (JsonNode file : body.path("recording_files")) {
            files.add(new RecordingFile(meetingUuid, file.path("id").asText(), meetingId,
                    file.path("file_type").asText(null), file.path("file_size").asLong(0),
                    file.path("recording_type").asText(null), file.path("status").asText(null),
                    file.path("download_url").asText(null), null, Instant.EPOCH));
        }
        return files;
    }

    @Override
    public long download(UUID accountId, String downloadUrl, OutputStream target) {
        String operation = "Downloading a Zoom recording file";
        return tokens.call(accountId, token -> {
            HttpRequest request = HttpRequest.newBuilder(URI.create(downloadUrl))
                    .timeout(settings.readTimeout().multipliedBy(20))
                    .header("Authorization", token.bearerHeader())
                    .GET().build();
            try {
                HttpResponse<InputStream> response = http.send(request, HttpResponse.BodyHandlers.ofInputStream());
                try (InputStream body = response.body()) {
                    if (response.statusCode() == 401) {
                        throw new AccessTokenRejectedException(operation);
                    }
                    if (response.statusCode() / 100 != 2) {
                        Integer code = response.statusCode() == 404 ? ZoomErrorCodes.RECORDING_NOT_FOUND : null;
                        throw new ZoomApiException(operation, new ZoomApiError(response.statusCode(), code,
                                "download failed", List.of(), null));
                    }
                    return body.transferTo(target);
                }
            } catch (IOException e) {
                throw new ZoomApiException(operation, ZoomApiError.noResponse(e.getClass().getSimpleName()));
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new ZoomApiException(operation, ZoomApiError.noResponse("interrupted"));
            }
        });
    }
}
