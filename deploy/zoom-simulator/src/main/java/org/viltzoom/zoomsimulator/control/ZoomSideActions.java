package org.viltzoom.zoomsimulator.control;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.viltzoom.zoomsimulator.SimulatorCore;
import org.viltzoom.zoomsimulator.state.Meeting;
import org.viltzoom.zoomsimulator.state.OAuthApp;
import org.viltzoom.zoomsimulator.state.Recording;
import org.viltzoom.zoomsimulator.state.User;
import org.viltzoom.zoomsimulator.webhooks.Notifications;

/** Actions people take in Zoom's own interface, with the notifications Zoom sends for them. */
class ZoomSideActions {

    /** Download tokens of recording notifications live 24 hours (Zoom docs: Webhooks > recording.completed). */
    private static final Duration DOWNLOAD_TOKEN_LIFETIME = Duration.ofHours(24);

    private final SimulatorCore core;

    ZoomSideActions(SimulatorCore core) {
        this.core = core;
    }

    /** Removes the app from the account as an admin does: revokes its tokens and sends app_deauthorized. */
    void deauthorizeApp(String appId, String accountId, String userId) {
        synchronized (core.state) {
            OAuthApp app = core.state.apps.get(appId);
            if (app == null) {
                throw new IllegalArgumentException("Unknown app: " + appId);
            }
            core.tokens.revokeAll(appId, accountId, null);
            app.installedAccounts.remove(accountId);
            if (app.webhookUrl != null && app.subscribesTo("app_deauthorized")) {
                core.webhooks.send(app, "app_deauthorized",
                        Notifications.appDeauthorized(core.clock.instant(), app, accountId, userId));
            }
        }
    }

    void setUserStatus(String userId, String status) {
        synchronized (core.state) {
            User user = requireUser(userId);
            String event = switch (status) {
                case "active" -> "user.activated";
                case "inactive" -> "user.deactivated";
                default -> throw new IllegalArgumentException("Status must be active or inactive: " + status);
            };
            user.status = status;
            core.notifyAccount(user.accountId, event, Notifications.userEvent(event, core.clock.instant(), user, owner(user)));
        }
    }

    /** Deletes the user or removes it from the account; either way Zoom's API no longer finds it there. */
    void removeUser(String userId, String event) {
        synchronized (core.state) {
            User user = requireUser(userId);
            ObjectNode body = Notifications.userEvent(event, core.clock.instant(), user, owner(user));
            core.state.users.remove(userId);
            core.notifyAccount(user.accountId, event, body);
        }
    }

    void updateUser(String userId, UserChanges changes) {
        synchronized (core.state) {
            User user = requireUser(userId);
            User before = copy(user);
            if (changes.email != null) {
                user.email = changes.email;
            }
            if (changes.firstName != null) {
                user.firstName = changes.firstName;
            }
            if (changes.lastName != null) {
                user.lastName = changes.lastName;
            }
            if (changes.type != null) {
                user.type = changes.type;
            }
            if (changes.roleName != null) {
                user.roleName = changes.roleName;
            }
            if (changes.webinar != null) {
                user.webinar = changes.webinar;
            }
            if (changes.zoomEvents != null) {
                user.zoomEvents = changes.zoomEvents;
            }
            core.notifyAccount(user.accountId, "user.updated",
                    Notifications.userUpdated(core.clock.instant(), user, before, owner(user)));
        }
    }

    /** Deletes the meeting as its host does in Zoom's web portal, and sends meeting.deleted. */
    void deleteMeeting(long meetingId) {
        synchronized (core.state) {
            Meeting meeting = core.state.meetings.remove(meetingId);
            if (meeting == null) {
                throw new IllegalArgumentException("Unknown meeting: " + meetingId);
            }
            User host = requireUser(meeting.hostId);
            String event = meeting.webinar ? "webinar.deleted" : "meeting.deleted";
            core.notifyAccount(host.accountId, event, Notifications.meetingDeleted(core.clock.instant(), host.accountId, meeting, host));
        }
        core.runDueTasks();
    }

    List<String> completeRecording(String meetingUuid, int copies, Duration spacing, boolean transcript) {
        List<String> tokens = new ArrayList<>();
        synchronized (core.state) {
            Recording recording = core.state.recordings.get(meetingUuid);
            if (recording == null) {
                throw new IllegalArgumentException("No recording for instance " + meetingUuid);
            }
            User host = requireUser(recording.hostId);
            Instant at = core.clock.instant();
            for (int copy = 0; copy < copies; copy++) {
                String token = core.state.newSecret(24);
                tokens.add(token);
                Instant sendAt = at.plus(spacing.multipliedBy(copy));
                core.downloadTokens.put(token, sendAt.plus(DOWNLOAD_TOKEN_LIFETIME));
                core.scheduler.schedule(sendAt, () -> sendRecordingEvent(recording, host, token, sendAt, transcript));
            }
        }
        core.runDueTasks();
        return tokens;
    }

    private void sendRecordingEvent(Recording recording, User host, String token, Instant at, boolean transcript) {
        synchronized (core.state) {
            ObjectNode body = transcript
                    ? Notifications.transcriptCompleted(at, host.accountId, recording, host, core.baseUrl(), token)
                    : Notifications.recordingCompleted(at, host.accountId, recording, host, core.baseUrl(), token);
            core.notifyAccount(host.accountId, body.path("event").asText(), body);
        }
    }

    private User owner(User user) {
        return core.state.users.values().stream()
                .filter(candidate -> candidate.accountId.equals(user.accountId) && "Owner".equals(candidate.roleName))
                .findFirst().orElse(user);
    }

    private User requireUser(String userId) {
        User user = core.state.users.get(userId);
        if (user == null) {
            throw new IllegalArgumentException("Unknown user: " + userId);
        }
        return user;
    }

    private static User copy(User user) {
        User copy = new User();
        copy.id = user.id;
        copy.email = user.email;
        copy.firstName = user.firstName;
        copy.lastName = user.lastName;
        copy.type = user.type;
        copy.webinar = user.webinar;
        return copy;
    }
}
