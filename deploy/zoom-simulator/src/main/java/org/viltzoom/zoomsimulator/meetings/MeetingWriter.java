package org.viltzoom.zoomsimulator.meetings;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import org.viltzoom.zoomsimulator.http.FieldError;
import org.viltzoom.zoomsimulator.http.ZoomApiException;
import org.viltzoom.zoomsimulator.state.Meeting;
import org.viltzoom.zoomsimulator.state.SimState;
import org.viltzoom.zoomsimulator.state.Template;
import org.viltzoom.zoomsimulator.state.User;

/**
 * Validates a create or update body and applies it to a meeting. Every invalid field is
 * reported at once as Zoom's 400 code 300 with errors[], and nothing is changed then.
 */
public class MeetingWriter {

    private static final List<Integer> MEETING_TYPES = List.of(1, 2, 3, 8);
    private static final List<Integer> WEBINAR_TYPES = List.of(5, 6, 9);

    private final SimState state;
    private final Random random;

    public MeetingWriter(SimState state, Random random) {
        this.state = state;
        this.random = random;
    }

    public void apply(Meeting meeting, ObjectNode body, User host, boolean creating) {
        List<FieldError> errors = new ArrayList<>();
        Meeting updated = copyOf(meeting);

        readBasics(updated, body, errors);
        readSchedule(updated, body, host, creating, errors);
        readTemplate(updated, body, host, errors);
        JsonNode settings = body.get("settings");
        if (settings != null && settings.isObject()) {
            validateAlternativeHosts(settings.path("alternative_hosts"), host, errors);
            MeetingSettings.merge(updated.settings, settings);
        }
        readPasscode(updated, body, host, creating, errors);
        if (updated.settings.path("use_pmi").asBoolean(false) && !updated.webinar) {
            applyPmi(updated, host, creating, errors);
        }
        if (!errors.isEmpty()) {
            throw ZoomApiException.validation(errors);
        }

        copyInto(updated, meeting);
    }

    private void readBasics(Meeting meeting, ObjectNode body, List<FieldError> errors) {
        if (body.has("topic")) {
            String topic = body.path("topic").asText("");
            if (topic.length() > 200) {
                errors.add(new FieldError("topic", "Topic is longer than 200 characters"));
            }
            meeting.topic = topic;
        }
        if (body.has("agenda")) {
            String agenda = body.path("agenda").asText("");
            if (agenda.length() > 2000) {
                errors.add(new FieldError("agenda", "Agenda is longer than 2000 characters"));
            }
            meeting.agenda = agenda;
        }
        if (body.has("type")) {
            int type = body.path("type").asInt(-1);
            List<Integer> allowed = meeting.webinar ? WEBINAR_TYPES : MEETING_TYPES;
            if (!allowed.contains(type)) {
                errors.add(new FieldError("type", "Invalid type " + body.get("type") + "; allowed: " + allowed));
            } else {
                meeting.type = type;
            }
        }
        if (body.has("duration")) {
            JsonNode duration = body.get("duration");
            if (!duration.canConvertToInt() || duration.asInt() < 0) {
                errors.add(new FieldError("duration", "Invalid duration in minutes: " + duration));
            } else {
                meeting.duration = duration.asInt();
            }
        }
    }

    private void readSchedule(Meeting meeting, ObjectNode body, User host, boolean creating, List<FieldError> errors) {
        if (body.has("timezone")) {
            try {
                meeting.timezone = StartTimes.zone(body.path("timezone").asText()).getId();
            } catch (IllegalArgumentException e) {
                errors.add(new FieldError("timezone", e.getMessage()));
                return;
            }
        } else if (creating) {
            meeting.timezone = host.timezone;
        }
        if (body.has("start_time")) {
            try {
                meeting.startTime = StartTimes.parse(body.path("start_time").asText(), StartTimes.zone(meeting.timezone));
            } catch (IllegalArgumentException e) {
                errors.add(new FieldError("start_time", e.getMessage()));
            }
        }
    }

    private void readTemplate(Meeting meeting, ObjectNode body, User host, List<FieldError> errors) {
        if (!body.has("template_id")) {
            return;
        }
        String templateId = body.path("template_id").asText();
        Template template = state.templates.get(templateId);
        boolean usable = template != null && template.webinar == meeting.webinar
                && (template.userId == null || template.userId.equals(host.id));
        if (!usable) {
            errors.add(new FieldError("template_id", "Template does not exist for this user: " + templateId));
            return;
        }
        meeting.templateId = templateId;
    }

    /**
     * Alternative hosts must be licensed, active users of the host's account, other than the
     * host (Zoom API reference: Meetings > Create a meeting, settings.alternative_hosts).
     */
    private void validateAlternativeHosts(JsonNode value, User host, List<FieldError> errors) {
        if (value.isMissingNode() || value.asText().isBlank()) {
            return;
        }
        for (String email : Arrays.stream(value.asText().split("[,;]")).map(String::trim).filter(e -> !e.isEmpty()).toList()) {
            User candidate = state.userByEmail(email).orElse(null);
            String problem = null;
            if (candidate == null || !candidate.accountId.equals(host.accountId)) {
                problem = "is not a user of this account";
            } else if (candidate.id.equals(host.id)) {
                problem = "is the host";
            } else if (!candidate.isActive()) {
                problem = "is not active (status " + candidate.status + ")";
            } else if (!candidate.isLicensed()) {
                problem = "is not a licensed user";
            }
            if (problem != null) {
                errors.add(new FieldError("settings.alternative_hosts", "Alternative host " + email + " " + problem + "."));
            }
        }
    }

    private void readPasscode(Meeting meeting, ObjectNode body, User host, boolean creating, List<FieldError> errors) {
        if (body.has("password")) {
            String passcode = body.path("password").asText("");
            List<String> problems = passcode.isEmpty() && host.meetingPasswordRequirement.length == 0
                    ? List.of()
                    : PasscodePolicy.violations(passcode, host.meetingPasswordRequirement);
            problems.forEach(problem -> errors.add(new FieldError("password", problem + ".")));
            meeting.password = passcode;
        } else if (creating && host.meetingPasswordRequirement.length > 0) {
            // Zoom generates a passcode when the account requires one and the request has none.
            meeting.password = PasscodePolicy.generate(host.meetingPasswordRequirement, random);
        }
    }

    /** use_pmi: the meeting runs on the host's personal meeting id instead of a new id. */
    private void applyPmi(Meeting meeting, User host, boolean creating, List<FieldError> errors) {
        if (host.pmi == 0) {
            errors.add(new FieldError("settings.use_pmi", "The host has no personal meeting ID."));
            return;
        }
        if (creating) {
            meeting.id = host.pmi;
            meeting.usesPmi = true;
        }
    }

    private static Meeting copyOf(Meeting source) {
        Meeting copy = new Meeting();
        copyInto(source, copy);
        copy.settings = source.settings.deepCopy();
        return copy;
    }

    private static void copyInto(Meeting source, Meeting target) {
        target.id = source.id;
        target.uuid = source.uuid;
        target.hostId = source.hostId;
        target.webinar = source.webinar;
        target.type = source.type;
        target.topic = source.topic;
        target.agenda = source.agenda;
        target.startTime = source.startTime;
        target.duration = source.duration;
        target.timezone = source.timezone;
        target.password = source.password;
        target.templateId = source.templateId;
        target.settings = source.settings;
        target.createdAt = source.createdAt;
        target.status = source.status;
        target.usesPmi = source.usesPmi;
    }
}
