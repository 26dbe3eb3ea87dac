package org.viltzoom.zoomsimulator.recordings;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.vertx.core.buffer.Buffer;
import io.vertx.core.http.HttpMethod;
import io.vertx.core.http.HttpServerResponse;
import io.vertx.ext.web.RoutingContext;
import java.time.Instant;
import java.util.Comparator;
import org.viltzoom.zoomsimulator.Json;
import org.viltzoom.zoomsimulator.SimulatorCore;
import org.viltzoom.zoomsimulator.http.ApiCall;
import org.viltzoom.zoomsimulator.http.ApiResponse;
import org.viltzoom.zoomsimulator.http.ZoomApiException;
import org.viltzoom.zoomsimulator.oauth.Scopes;
import org.viltzoom.zoomsimulator.oauth.TokenGrant;
import org.viltzoom.zoomsimulator.ratelimit.RateLimitCategory;
import org.viltzoom.zoomsimulator.reports.MeetingPathId;
import org.viltzoom.zoomsimulator.state.Recording;
import org.viltzoom.zoomsimulator.state.RecordingFile;
import org.viltzoom.zoomsimulator.state.User;
import org.viltzoom.zoomsimulator.webhooks.Recordings;

/**
 * GET /meetings/{meetingId|UUID}/recordings (rivet: CloudRecordingGetMeetingRecordingsResponse),
 * 404 code 3301 when there is none, and file downloads with an access token as bearer or a
 * notification's download_token as {@code access_token} query parameter.
 */
public class RecordingRoutes {

    private final SimulatorCore core;

    public RecordingRoutes(SimulatorCore core) {
        this.core = core;
    }

    public void register() {
        core.api(HttpMethod.GET, "/v2/meetings/:meetingId/recordings", RateLimitCategory.LIGHT,
                Scopes.withAdmin("recording:read", "cloud_recording:read:list_recording_files"), this::get);
        core.router.route(HttpMethod.GET, "/rec/download/:fileId").handler(this::download);
    }

    private ApiResponse get(ApiCall call) {
        String id = MeetingPathId.decode(call.rawPath(), 3);
        Recording recording = find(id);
        User host = recording == null ? null : core.state.users.get(recording.hostId);
        if (recording == null || host == null || !host.accountId.equals(call.grant().accountId)) {
            throw new ZoomApiException(404, 3301, "There is no recording for this meeting.");
        }

        ObjectNode body = Json.object();
        body.put("uuid", recording.meetingUuid);
        body.put("id", recording.meetingId);
        body.put("account_id", host.accountId);
        body.put("host_id", recording.hostId);
        body.put("topic", recording.topic);
        body.put("type", "2");
        body.put("start_time", recording.startTime);
        body.put("duration", recording.duration);
        body.put("total_size", recording.totalSize());
        body.put("recording_count", recording.files.size());
        ArrayNode files = body.putArray("recording_files");
        recording.files.forEach(file -> files.add(Recordings.fileJson(recording, file, core.baseUrl(), null, false)));
        body.put("password", recording.password);
        body.put("recording_play_passcode", "");
        return ApiResponse.ok(body);
    }

    private Recording find(String id) {
        if (MeetingPathId.isNumericId(id)) {
            long meetingId = Long.parseLong(id);
            return core.state.recordings.values().stream()
                    .filter(recording -> recording.meetingId == meetingId)
                    .max(Comparator.comparing(recording -> recording.startTime, Comparator.nullsFirst(Comparator.naturalOrder())))
                    .orElse(null);
        }
        return core.state.recordings.get(id);
    }

    private void download(RoutingContext context) {
        long size;
        try {
            synchronized (core.state) {
                size = authorizedFile(context).fileSize;
            }
        } catch (ZoomApiException e) {
            SimulatorCore.send(context, new ApiResponse(e.status(), e.body()));
            return;
        }
        HttpServerResponse response = context.response();
        response.putHeader("content-type", "application/octet-stream");
        response.putHeader("content-length", Long.toString(size));
        writeChunks(response, size);
    }

    private RecordingFile authorizedFile(RoutingContext context) {
        String fileId = context.pathParam("fileId");
        String header = context.request().getHeader("Authorization");
        String token = header != null && header.regionMatches(true, 0, "Bearer ", 0, 7)
                ? header.substring(7).trim() : context.request().getParam("access_token");
        Instant downloadTokenExpiry = token == null ? null : core.downloadTokens.get(token);
        if (downloadTokenExpiry == null || !core.clock.instant().isBefore(downloadTokenExpiry)) {
            TokenGrant grant = core.tokens.authenticate(token);
            Scopes.require(grant, Scopes.withAdmin("recording:read", "cloud_recording:read:list_recording_files"));
        }
        for (Recording recording : core.state.recordings.values()) {
            for (RecordingFile file : recording.files) {
                if (file.id.equals(fileId)) {
                    return file;
                }
            }
        }
        throw new ZoomApiException(404, 3301, "There is no recording for this meeting.");
    }

    /** Streams generated bytes with back-pressure, so large files need no memory. */
    private void writeChunks(HttpServerResponse response, long remaining) {
        Buffer chunk = Buffer.buffer(new byte[64 * 1024]);
        long left = remaining;
        while (left > 0 && !response.writeQueueFull()) {
            int length = (int) Math.min(chunk.length(), left);
            response.write(length == chunk.length() ? chunk : chunk.getBuffer(0, length));
            left -= length;
        }
        if (left == 0) {
            response.end();
            return;
        }
        long rest = left;
        response.drainHandler(done -> writeChunks(response, rest));
    }
}
