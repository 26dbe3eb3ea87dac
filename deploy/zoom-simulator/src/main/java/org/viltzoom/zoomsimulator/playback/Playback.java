package org.viltzoom.zoomsimulator.playback;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.viltzoom.zoomsimulator.Json;
import org.viltzoom.zoomsimulator.SimulatorCore;
import org.viltzoom.zoomsimulator.state.Meeting;
import org.viltzoom.zoomsimulator.state.OAuthApp;
import org.viltzoom.zoomsimulator.state.PastInstance;
import org.viltzoom.zoomsimulator.state.PastParticipant;
import org.viltzoom.zoomsimulator.state.User;

/**
 * Plays a meeting script on the simulator clock. Each step changes the past-instance state at
 * its instant (so reports show what happened even when a notification is dropped) and
 * schedules its notification for delivery according to the step's knobs.
 */
public class Playback {

    private final SimulatorCore core;

    public Playback(SimulatorCore core) {
        this.core = core;
    }

    public PlaybackResult play(MeetingScript script) {
        synchronized (core.state) {
            Meeting meeting = meetingFor(script);
            User host = core.state.users.get(meeting.hostId);
            if (host == null) {
                throw new IllegalArgumentException("Unknown host of meeting " + meeting.id + ": " + meeting.hostId);
            }
            List<String> uuids = instanceUuids(script);
            Run run = new Run(script, meeting, host, uuids);
            for (ScriptStep step : script.steps) {
                if (step.at == null || step.action == null) {
                    throw new IllegalArgumentException("Every script step needs 'at' and 'action'");
                }
                core.scheduler.schedule(step.at, () -> run.apply(step));
            }
            return new PlaybackResult(meeting.id, uuids);
        }
    }

    private Meeting meetingFor(MeetingScript script) {
        Meeting meeting = core.state.meetings.get(script.meetingId);
        if (meeting != null) {
            return meeting;
        }
        if (script.hostId == null) {
            throw new IllegalArgumentException("Meeting " + script.meetingId + " does not exist and the script names no host_id");
        }
        meeting = new Meeting();
        meeting.id = script.meetingId;
        meeting.hostId = script.hostId;
        meeting.webinar = script.webinar;
        meeting.type = script.type != null ? script.type : (script.webinar ? 5 : 2);
        meeting.topic = script.topic;
        meeting.uuid = script.uuid != null ? script.uuid : core.state.newInstanceUuid();
        meeting.createdAt = core.clock.instant();
        meeting.settings = Json.object();
        core.state.meetings.put(meeting.id, meeting);
        return meeting;
    }

    private List<String> instanceUuids(MeetingScript script) {
        List<String> uuids = new ArrayList<>();
        for (ScriptStep step : script.steps) {
            if ("start".equals(step.action) || "restart".equals(step.action)) {
                boolean first = uuids.isEmpty();
                uuids.add(first && script.uuid != null ? script.uuid : core.state.newInstanceUuid());
            }
        }
        return uuids;
    }

    /** The state of one script while it plays. */
    private final class Run {
        private final MeetingScript script;
        private final Meeting meeting;
        private final User host;
        private final List<String> uuids;
        private final ParticipantBodies bodies;
        private final String prefix;
        private final Map<String, PastParticipant> open = new HashMap<>();
        private final Map<String, PastParticipant> waiting = new HashMap<>();
        private PastInstance instance;
        private int nextUuid = 0;

        Run(MeetingScript script, Meeting meeting, User host, List<String> uuids) {
            this.script = script;
            this.meeting = meeting;
            this.host = host;
            this.uuids = uuids;
            this.bodies = new ParticipantBodies(host.accountId);
            this.prefix = meeting.webinar ? "webinar" : "meeting";
        }

        void apply(ScriptStep step) {
            synchronized (core.state) {
                switch (step.action) {
                    case "start", "restart" -> start(step);
                    case "join" -> join(step);
                    case "leave" -> leave(step);
                    case "join_waiting_room" -> joinWaitingRoom(step);
                    case "admit" -> leaveWaitingRoom(step, ".participant_admitted");
                    case "leave_waiting_room" -> leaveWaitingRoom(step, ".participant_left_waiting_room");
                    case "put_in_waiting_room" -> putInWaitingRoom(step);
                    case "join_breakout_room" -> breakout(step, ".participant_joined_breakout_room", "join_time");
                    case "leave_breakout_room" -> breakout(step, ".participant_left_breakout_room", "leave_time");
                    case "role_changed" -> roleChanged(step);
                    case "end" -> end(step);
                    default -> throw new IllegalArgumentException("Unknown script action: " + step.action);
                }
            }
        }

        private void start(ScriptStep step) {
            if (instance != null && instance.endTime == null) {
                throw new IllegalStateException("Instance " + instance.uuid + " has not ended; cannot start another");
            }
            instance = new PastInstance();
            instance.uuid = uuids.get(nextUuid++);
            instance.meetingId = meeting.id;
            instance.hostId = meeting.hostId;
            instance.topic = meeting.topic;
            instance.type = meeting.type;
            instance.timezone = script.timezone;
            instance.startTime = step.at;
            core.state.pastInstances.put(instance.uuid, instance);
            meeting.status = "started";
            meeting.uuid = instance.uuid;
            deliver(step, bodies.started(prefix + ".started", instance, durationOf(step), step.at));
        }

        private void join(ScriptStep step) {
            PastParticipant connection = newConnection(step, "in_meeting");
            open.put(step.participant, connection);
            deliver(step, participantBody(step, ".participant_joined", connection, "join_time", null));
        }

        private void leave(ScriptStep step) {
            PastParticipant connection = open.remove(step.participant);
            if (connection == null) {
                throw new IllegalStateException("Participant " + step.participant + " is not in the meeting at " + step.at);
            }
            connection.leaveTime = step.at;
            String reason = step.leaveReason != null ? step.leaveReason : "left the meeting";
            deliver(step, participantBody(step, ".participant_left", connection, "leave_time", reason));
        }

        private void joinWaitingRoom(ScriptStep step) {
            PastParticipant row = newConnection(step, "in_waiting_room");
            waiting.put(step.participant, row);
            deliver(step, participantBody(step, ".participant_joined_waiting_room", row, "date_time", null));
        }

        private void leaveWaitingRoom(ScriptStep step, String suffix) {
            PastParticipant row = waiting.remove(step.participant);
            if (row == null) {
                throw new IllegalStateException("Participant " + step.participant + " is not in the waiting room at " + step.at);
            }
            row.leaveTime = step.at;
            deliver(step, participantBody(step, suffix, row, "date_time", null));
        }

        private void putInWaitingRoom(ScriptStep step) {
            PastParticipant connection = open.remove(step.participant);
            if (connection == null) {
                throw new IllegalStateException("Participant " + step.participant + " is not in the meeting at " + step.at);
            }
            connection.leaveTime = step.at;
            PastParticipant row = newConnection(step, "in_waiting_room");
            row.userId = connection.userId;
            row.participantUuid = connection.participantUuid;
            waiting.put(step.participant, row);
            deliver(step, participantBody(step, ".participant_put_in_waiting_room", connection, "date_time", null));
        }

        private void roleChanged(ScriptStep step) {
            PastParticipant connection = open.get(step.participant);
            if (connection == null) {
                throw new IllegalStateException("Participant " + step.participant + " is not in the meeting at " + step.at);
            }
            deliver(step, bodies.roleChanged(prefix + ".participant_role_changed", instance, meeting.duration, connection,
                    step.at, step.oldRole, step.newRole));
        }

        /** Breakout moves keep the main connection open, so they do not interrupt time in reports. */
        private void breakout(ScriptStep step, String suffix, String timeField) {
            PastParticipant connection = open.get(step.participant);
            if (connection == null) {
                throw new IllegalStateException("Participant " + step.participant + " is not in the meeting at " + step.at);
            }
            String roomUuid = step.breakoutRoomUuid != null ? step.breakoutRoomUuid : core.state.newInstanceUuid();
            String breakoutUserId = step.userId != null ? step.userId : core.state.newConnectionUserId();
            deliver(step, bodies.participant(prefix + suffix, instance, meeting.duration, connection, timeField, step.at,
                    null, roomUuid, breakoutUserId, step.variant));
        }

        private void end(ScriptStep step) {
            requireInstance(step);
            instance.endTime = step.at;
            Duration reportDelay = script.reportDelaySeconds != null ? Duration.ofSeconds(script.reportDelaySeconds) : core.reportDelay;
            instance.reportReadyAt = step.at.plus(reportDelay);
            meeting.status = "waiting";

            List<ObjectNode> leaves = new ArrayList<>();
            for (PastParticipant connection : open.values()) {
                connection.leaveTime = step.at;
                leaves.add(bodies.participant(prefix + ".participant_left", instance, meeting.duration, connection,
                        "leave_time", step.at, script.leaveReasonAtEnd, null, null, NotificationVariant.DOCUMENTED));
            }
            open.clear();
            waiting.values().forEach(row -> row.leaveTime = step.at);
            waiting.clear();

            if ("before_end".equals(script.leavesAtEnd)) {
                leaves.forEach(body -> schedule(body, step.at.plus(Duration.ofSeconds(step.delaySeconds)), 0, 0));
            }
            deliver(step, bodies.ended(prefix + ".ended", instance, durationOf(step), step.at));
            if ("after_end".equals(script.leavesAtEnd)) {
                Instant lateAt = step.at.plus(Duration.ofSeconds(step.delaySeconds + script.leaveAfterEndSeconds));
                leaves.forEach(body -> schedule(body, lateAt, 0, 0));
            }
        }

        private PastParticipant newConnection(ScriptStep step, String status) {
            requireInstance(step);
            ScriptParticipant person = script.participants.get(step.participant);
            if (person == null) {
                throw new IllegalArgumentException("Unknown script participant: " + step.participant);
            }
            PastParticipant connection = new PastParticipant();
            connection.id = person.zoomUserId;
            connection.userId = step.userId != null ? step.userId : core.state.newConnectionUserId();
            connection.participantUuid = step.participantUuid != null ? step.participantUuid : core.state.newId();
            connection.name = person.name;
            connection.userEmail = person.email;
            connection.registrantId = person.registrantId;
            connection.customerKey = person.customerKey;
            connection.joinTime = step.at;
            connection.status = status;
            connection.internalUser = !person.zoomUserId.isEmpty();
            instance.participants.add(connection);
            return connection;
        }

        private ObjectNode participantBody(ScriptStep step, String suffix, PastParticipant connection, String timeField, String reason) {
            return bodies.participant(prefix + suffix, instance, meeting.duration, connection, timeField, step.at,
                    reason, null, null, step.variant);
        }

        private void requireInstance(ScriptStep step) {
            if (instance == null || instance.endTime != null && !"end".equals(step.action)) {
                throw new IllegalStateException("No running instance at " + step.at + " for action " + step.action);
            }
        }

        private int durationOf(ScriptStep step) {
            return step.duration != null ? step.duration : meeting.duration;
        }

        private void deliver(ScriptStep step, ObjectNode body) {
            if (step.drop) {
                return;
            }
            schedule(body, step.at.plus(Duration.ofSeconds(step.delaySeconds)), step.duplicate, step.duplicateDelaySeconds);
        }

        /** Serializes once, so duplicates are byte-identical, and sends at the instant to every subscribed app. */
        private void schedule(ObjectNode body, Instant deliverAt, int duplicates, long duplicateDelaySeconds) {
            byte[] raw;
            try {
                raw = Json.MAPPER.writeValueAsBytes(body);
            } catch (IOException e) {
                throw new IllegalStateException("Cannot serialize a notification", e);
            }
            String event = body.path("event").asText();
            for (int copy = 0; copy <= duplicates; copy++) {
                Instant at = deliverAt.plusSeconds(copy * duplicateDelaySeconds);
                Instant due = at.isBefore(core.clock.instant()) ? core.clock.instant() : at;
                core.scheduler.schedule(due, () -> send(event, raw));
            }
        }

        private void send(String event, byte[] raw) {
            synchronized (core.state) {
                for (OAuthApp app : core.state.apps.values()) {
                    if (app.installedAccounts.contains(host.accountId) && app.subscribesTo(event) && app.webhookUrl != null) {
                        core.webhooks.sendRaw(app, event, raw);
                    }
                }
            }
        }
    }
}
