package org.viltzoom.event.adapter.out.zoom;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.UUID;
import org.viltzoom.event.adapter.out.zoom.ZoomCalls.Retries;
import org.viltzoom.event.application.port.out.MeetingRequest;
import org.viltzoom.event.application.port.out.ZoomMeetings;
import org.viltzoom.event.domain.EventKind;
import org.viltzoom.event.domain.PasscodePolicy;
import org.viltzoom.event.domain.ZoomMeeting;
import org.viltzoom.kernel.zoom.ZoomApiException;
import org.viltzoom.kernel.zoom.ZoomErrorCodes;

/** Zoom meetings and webinars through Zoom's REST API v2. */
@ApplicationScoped
class ZoomRestMeetings implements ZoomMeetings {

    private static final ObjectMapper JSON = new ObjectMapper();

    /** Local date-time without offset: Zoom reads it in the {@code timezone} field (Zoom docs, start_time). */
    private static final DateTimeFormatter LOCAL_START = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss");

    private static final int SCHEDULED_MEETING = 2;
    private static final int WEBINAR = 5;
    private static final int APPROVE_AUTOMATICALLY = 0;
    private static final int NO_REGISTRATION = 2;

    @Inject
    ZoomCalls calls;

    @Override
    public ZoomMeeting create(UUID accountId, MeetingRequest request) {
        String collection = collection(request.kind());
        String body = createBody(request).toString();
        JsonNode created = calls.send("Creating a Zoom " + request.kind().name().toLowerCase(), accountId,
                request.hostZoomUserId(), Retries.RATE_LIMITS,
                (api, bearer) -> api.create(bearer, request.hostZoomUserId(), collection, body));
        return new ZoomMeeting(created.path("id").asLong(), request.kind(), created.path("join_url").asText(),
                created.path("start_url").asText(null), request.hostZoomUserId());
    }

    static ObjectNode createBody(MeetingRequest request) {
        ObjectNode body = JSON.createObjectNode();
        body.put("topic", request.topic());
        if (request.agenda() != null) {
            body.put("agenda", request.agenda());
        }
        body.put("type", request.kind() == EventKind.WEBINAR ? WEBINAR : SCHEDULED_MEETING);
        body.put("start_time", LOCAL_START.format(request.start()));
        body.put("timezone", request.timeZone());
        body.put("duration", request.durationMinutes());
        if (request.templateId() != null) {
            body.put("template_id", request.templateId());
        }
        if (request.passcode() != null) {
            body.put("password", request.passcode());
        }
        ObjectNode settings = body.putObject("settings");
        if (request.kind() == EventKind.MEETING) {
            settings.put("use_pmi", false);
        }
        if (!request.alternativeHostEmails().isEmpty()) {
            settings.put("alternative_hosts", String.join(",", request.alternativeHostEmails()));
        }
        settings.put("approval_type", request.registrationRequired() ? APPROVE_AUTOMATICALLY : NO_REGISTRATION);
        settings.put("meeting_authentication", request.authenticationRequired());
        if (request.authenticationOption() != null) {
            settings.put("authentication_option", request.authenticationOption());
        }
        return body;
    }

    /**
     * Deletes the meeting and treats 404 code 3001 (already gone) as success. Server errors are
     * not retried here, because the caller's durable queue retries the delete with backoff.
     */
    @Override
    public void delete(UUID accountId, long meetingId, EventKind kind) {
        try {
            calls.send("Deleting Zoom meeting " + meetingId, accountId, null, Retries.RATE_LIMITS,
                    (api, bearer) -> api.delete(bearer, collection(kind), meetingId));
        } catch (ZoomApiException e) {
            if (e.error().status() == 404 && e.error().hasCode(ZoomErrorCodes.MEETING_NOT_FOUND)) {
                return;
            }
            throw e;
        }
    }

    @Override
    public String read(UUID accountId, long meetingId, EventKind kind) {
        JsonNode meeting = calls.send("Reading Zoom meeting " + meetingId, accountId, null, Retries.NONE,
                (api, bearer) -> api.read(bearer, collection(kind), meetingId));
        return meeting.path("start_url").asText(null);
    }

    @Override
    public PasscodePolicy passcodePolicy(UUID accountId, String zoomUserId) {
        JsonNode settings = calls.send("Reading the passcode policy of Zoom user " + zoomUserId, accountId, null,
                Retries.RATE_LIMITS_AND_TRANSIENT, (api, bearer) -> api.settings(bearer, zoomUserId, "meeting_security"));
        JsonNode policy = settings.path("meeting_security").path("meeting_password_requirement");
        return new PasscodePolicy(
                policy.path("length").asInt(0),
                policy.path("have_letter").asBoolean(false),
                policy.path("have_number").asBoolean(false),
                policy.path("have_upper_and_lower_characters").asBoolean(false),
                policy.path("have_special_character").asBoolean(false),
                policy.path("only_allow_numeric").asBoolean(false),
                policy.path("consecutive_characters_length").asInt(0));
    }

    @Override
    public Registrant register(UUID accountId, long meetingId, EventKind kind, String email, String firstName,
                               String lastName) {
        ObjectNode body = JSON.createObjectNode();
        body.put("email", email);
        body.put("first_name", firstName == null || firstName.isBlank() ? email : firstName);
        if (lastName != null) {
            body.put("last_name", lastName);
        }
        String json = body.toString();
        JsonNode registrant = calls.send("Registering for Zoom meeting " + meetingId, accountId, null,
                Retries.RATE_LIMITS, (api, bearer) -> api.register(bearer, collection(kind), meetingId, json));
        return new Registrant(registrant.path("registrant_id").asText(), registrant.path("join_url").asText());
    }

    /**
     * Deletes the registrant and treats any 404 as already deleted. Zoom returns 404 code 3001 for
     * a meeting that is gone, and its code for an unknown registrant is not known here. A delete
     * can be repeated safely, so server errors and lost connections are retried too.
     */
    @Override
    public void deleteRegistration(UUID accountId, long meetingId, EventKind kind, String registrantId) {
        try {
            calls.send("Deleting registrant " + registrantId + " of Zoom " + kind.name().toLowerCase(Locale.ROOT) + " "
                            + meetingId, accountId, null,
                    Retries.RATE_LIMITS_AND_TRANSIENT,
                    (api, bearer) -> api.deleteRegistrant(bearer, collection(kind), meetingId, registrantId));
        } catch (ZoomApiException e) {
            if (e.error().status() == 404) {
                return;
            }
            throw e;
        }
    }

    private static String collection(EventKind kind) {
        return kind == EventKind.WEBINAR ? "webinars" : "meetings";
    }
}
