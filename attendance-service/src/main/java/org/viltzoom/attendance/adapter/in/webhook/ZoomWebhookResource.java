package org.viltzoom.attendance.adapter.in.webhook;

import io.smallrye.mutiny.Uni;
import jakarta.annotation.security.PermitAll;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;
import java.util.Map;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestHeader;
import org.viltzoom.attendance.application.port.in.AcceptZoomNotifications;
import org.viltzoom.attendance.application.port.in.AcceptZoomNotifications.Outcome;
import org.viltzoom.kernel.rest.Problem;

/**
 * The endpoint Zoom posts notifications to, one path per Zoom app. It runs on the event loop:
 * Zoom counts a delivery as failed after 3 seconds, and a slow acknowledgement brings retries.
 * Zoom sends no bearer token; the signature authenticates each request.
 */
@Path("/zoom/webhooks/{appId}")
@Tag(name = "Zoom webhook")
public class ZoomWebhookResource {

    @Inject
    AcceptZoomNotifications intake;

    @POST
    @PermitAll
    @Consumes(MediaType.WILDCARD)
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "Receive a Zoom notification",
            description = "204 once the notification is stored; 200 with the response to endpoint.url_validation.")
    public Uni<Response> receive(@PathParam("appId") String appId,
                                 @RestHeader("x-zm-request-timestamp") String timestamp,
                                 @RestHeader("x-zm-signature") String signature,
                                 byte[] body) {
        return Uni.createFrom().completionStage(() -> intake.accept(appId, timestamp, signature, body == null ? new byte[0] : body))
                .map(outcome -> toResponse(outcome, "/zoom/webhooks/" + appId));
    }

    private static Response toResponse(Outcome outcome, String path) {
        if (outcome instanceof AcceptZoomNotifications.Stored) {
            return Response.noContent().build();
        }
        if (outcome instanceof AcceptZoomNotifications.Validated validated) {
            return Response.ok(Map.of("plainToken", validated.plainToken(), "encryptedToken", validated.encryptedToken()))
                    .type(MediaType.APPLICATION_JSON).build();
        }
        if (outcome instanceof AcceptZoomNotifications.UnknownApp) {
            return problem(404, "unknown-zoom-app", "No Zoom app with this id is paired.", path);
        }
        if (outcome instanceof AcceptZoomNotifications.Rejected rejected) {
            return switch (rejected.reason()) {
                case BODY_TOO_LARGE -> problem(413, "body-too-large", "The notification exceeds the size limit.", path);
                case MALFORMED_BODY -> problem(400, "malformed-notification", "The signed body is not a Zoom notification.", path);
                case MISSING_SIGNATURE -> problem(401, "signature-missing",
                        "x-zm-request-timestamp and x-zm-signature are required.", path);
                case MALFORMED_TIMESTAMP -> problem(401, "timestamp-invalid",
                        "x-zm-request-timestamp must be Unix time in seconds.", path);
                case STALE_TIMESTAMP -> problem(401, "timestamp-out-of-window",
                        "x-zm-request-timestamp is too far from now; replays are rejected.", path);
                case INVALID_SIGNATURE -> problem(401, "signature-invalid", "x-zm-signature does not match the body.", path);
            };
        }
        Response.ResponseBuilder unavailable = Response.status(503).header("Retry-After", 5);
        return unavailable.type(Problem.MEDIA_TYPE)
                .entity(Problem.of(503, "notification-store-unavailable", "Service unavailable",
                        "The notification could not be stored; Zoom retries the delivery.", List.of()).withInstance(path))
                .build();
    }

    private static Response problem(int status, String code, String detail, String path) {
        String title = Response.Status.fromStatusCode(status) == null ? "Rejected" : Response.Status.fromStatusCode(status).getReasonPhrase();
        return Response.status(status).type(Problem.MEDIA_TYPE)
                .entity(Problem.of(status, code, title, detail, List.of()).withInstance(path))
                .build();
    }
}
