package org.viltzoom.zoomsimulator.state;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.concurrent.atomic.AtomicLong;

/**
 * The simulated Zoom data. Not thread-safe by itself: callers hold the simulator's lock
 * ({@code synchronized (state)}) for every read and write.
 */
public class SimState {

    public final Map<String, Account> accounts = new LinkedHashMap<>();
    public final Map<String, User> users = new LinkedHashMap<>();
    public final Map<String, OAuthApp> apps = new LinkedHashMap<>();
    public final Map<String, Template> templates = new LinkedHashMap<>();
    public final Map<Long, Meeting> meetings = new LinkedHashMap<>();
    public final Map<String, Registrant> registrants = new LinkedHashMap<>();
    public final Map<String, PastInstance> pastInstances = new LinkedHashMap<>();
    public final Map<String, Recording> recordings = new LinkedHashMap<>();
    public String defaultAuthorizingUser;

    private final Random random;
    private final AtomicLong connectionIds = new AtomicLong(16_778_240L);

    public SimState(long randomSeed) {
        this.random = new Random(randomSeed);
    }

    /** Adds everything in the seed, replacing entries with the same id. */
    public void apply(Seed seed) {
        seed.accounts.forEach(account -> accounts.put(account.id, account));
        seed.users.forEach(user -> users.put(user.id, user));
        seed.apps.forEach(app -> apps.put(app.id, app));
        seed.templates.forEach(template -> templates.put(template.id, template));
        seed.meetings.forEach(this::addSeededMeeting);
        seed.registrants.forEach(registrant -> registrants.put(registrant.id, registrant));
        seed.pastInstances.forEach(instance -> pastInstances.put(instance.uuid, instance));
        seed.recordings.forEach(recording -> recordings.put(recording.meetingUuid, recording));
        if (seed.defaultAuthorizingUser != null) {
            defaultAuthorizingUser = seed.defaultAuthorizingUser;
        }
    }

    private void addSeededMeeting(Meeting meeting) {
        if (meeting.uuid == null) {
            meeting.uuid = newInstanceUuid();
        }
        if (meeting.settings == null) {
            meeting.settings = com.fasterxml.jackson.databind.node.JsonNodeFactory.instance.objectNode();
        }
        if (meeting.createdAt == null) {
            meeting.createdAt = Instant.EPOCH;
        }
        meetings.put(meeting.id, meeting);
    }

    public void clear() {
        accounts.clear();
        users.clear();
        apps.clear();
        templates.clear();
        meetings.clear();
        registrants.clear();
        pastInstances.clear();
        recordings.clear();
        defaultAuthorizingUser = null;
    }

    public Optional<User> userByEmail(String email) {
        String wanted = email.trim().toLowerCase(Locale.ROOT);
        return users.values().stream()
                .filter(user -> user.email != null && user.email.toLowerCase(Locale.ROOT).equals(wanted))
                .findFirst();
    }

    public Optional<OAuthApp> appByClientId(String clientId) {
        return apps.values().stream().filter(app -> app.clientId.equals(clientId)).findFirst();
    }

    public List<PastInstance> instancesOf(long meetingId) {
        List<PastInstance> result = new ArrayList<>();
        for (PastInstance instance : pastInstances.values()) {
            if (instance.meetingId == meetingId) {
                result.add(instance);
            }
        }
        return result;
    }

    /** Returns a new meeting id of 11 digits, which does not fit in 32 bits, as Zoom's ids do. */
    public long newMeetingId() {
        long id;
        do {
            id = 80_000_000_000L + (long) (random.nextDouble() * 19_999_999_999L);
        } while (meetings.containsKey(id));
        return id;
    }

    /** Returns a new instance UUID: base64 of 16 bytes, so it may start with '/' or contain "//". */
    public String newInstanceUuid() {
        byte[] bytes = new byte[16];
        random.nextBytes(bytes);
        return Base64.getEncoder().encodeToString(bytes);
    }

    /** Returns a new id in Zoom's 22-character URL-safe style, as used for users and registrants. */
    public String newId() {
        byte[] bytes = new byte[16];
        random.nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }

    /** Returns a new random token string of the given byte length, hex encoded. */
    public String newSecret(int bytes) {
        byte[] buffer = new byte[bytes];
        random.nextBytes(buffer);
        StringBuilder hex = new StringBuilder();
        for (byte b : buffer) {
            hex.append(String.format("%02x", b));
        }
        return hex.toString();
    }

    /** Returns a new per-connection participant user id: a number that grows like Zoom's. */
    public String newConnectionUserId() {
        return Long.toString(connectionIds.addAndGet(1 + random.nextInt(2000)));
    }

}
