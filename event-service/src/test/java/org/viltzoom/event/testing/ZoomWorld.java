package org.viltzoom.event.testing;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.viltzoom.event.application.port.in.ApplyAccountAndHostChanges;
import org.viltzoom.event.domain.AccountView;
import org.viltzoom.event.domain.HostView;
import org.viltzoom.kernel.testing.ZoomSimulatorTestResource;
import org.viltzoom.zoomsimulator.control.SimulatorControl;

/**
 * One test's Zoom account, hosts and template in the simulator, and the matching read models in
 * event-service. Ids carry a suffix unique to the test, because the simulator and the database
 * keep what earlier tests created: the simulator is never reset, so its meeting ids never repeat.
 */
public final class ZoomWorld {

    public static final String PLATFORM = "production";
    public static final String PASSCODE_POLICY =
            "{\"length\": 8, \"have_letter\": true, \"have_number\": true}";

    public final String suffix = UUID.randomUUID().toString().substring(0, 8);
    public final String zoomAccount = "zacc-" + suffix;
    public final UUID accountId = UUID.randomUUID();
    public final String template = "tpl-" + suffix;
    public final String otherTemplate = "tpl-off-" + suffix;
    public final Map<String, HostView> hosts = new HashMap<>();

    private final ApplyAccountAndHostChanges changes;

    private ZoomWorld(ApplyAccountAndHostChanges changes) {
        this.changes = changes;
    }

    public static SimulatorControl simulator() {
        return ZoomSimulatorTestResource.simulator().control();
    }

    /**
     * Seeds a Zoom account with a Server-to-Server app and {@code hostCount} licensed,
     * webinar-capable hosts {@code host0..}, all paired in event-service; the first host has the
     * passcode policy {@link #PASSCODE_POLICY}. Also seeds {@code basic} (a basic Zoom user, never
     * paired) and {@code gone} (a host whose Zoom user was deleted, so host-service unpaired it).
     */
    public static ZoomWorld create(ApplyAccountAndHostChanges changes, int hostCount, Integer maxConcurrentRooms) {
        ZoomWorld world = new ZoomWorld(changes);
        world.seed(hostCount);
        world.register(hostCount, maxConcurrentRooms);
        return world;
    }

    public String email(String name) {
        return name + "-" + suffix + "@example.com";
    }

    public String zoomUser(String name) {
        return "u-" + name + "-" + suffix;
    }

    public String lmsUser(String name) {
        return "lms-" + name + "-" + suffix;
    }

    public HostView host(String name) {
        return hosts.get(name);
    }

    /** Returns a valid meeting body for host0, on {@code date} from 10:00 to 12:00 in Europe/Berlin. */
    public Map<String, Object> event(LocalDate date) {
        Map<String, Object> times = new HashMap<>();
        times.put("date", date.toString());
        times.put("start", "10:00");
        times.put("end", "12:00");
        times.put("timeZone", "Europe/Berlin");
        Map<String, Object> body = new HashMap<>();
        body.put("courseId", "course-" + suffix);
        body.put("iltSessionId", "session-" + UUID.randomUUID().toString().substring(0, 8));
        body.put("name", "Onboarding " + suffix);
        body.put("kind", "MEETING");
        body.put("times", times);
        body.put("accountId", accountId.toString());
        body.put("hostId", host("host0").hostId().toString());
        body.put("templateId", template);
        body.put("alternativeHosts", hosts.containsKey("host1") ? new ArrayList<>(List.of(email("host1"))) : List.of());
        body.put("instructorLmsUserIds", new ArrayList<>(List.of(lmsUser("host0"))));
        body.put("joinButtonLeadMinutes", 15);
        return body;
    }

    private void seed(int hostCount) {
        StringBuilder users = new StringBuilder();
        for (int i = 0; i < hostCount; i++) {
            String policy = i == 0 ? ", \"meeting_password_requirement\": " + PASSCODE_POLICY : "";
            users.append("""
                    {"id": "%s", "account_id": "%s", "email": "%s", "type": 2, "status": "active", "webinar": true%s},
                    """.formatted(zoomUser("host" + i), zoomAccount, email("host" + i), policy));
        }
        users.append("""
                {"id": "%s", "account_id": "%s", "email": "%s", "type": 1, "status": "active"}
                """.formatted(zoomUser("basic"), zoomAccount, email("basic")));
        simulator().seed("""
                {
                  "accounts": [{"id": "%1$s", "plan": "business"}],
                  "users": [%2$s],
                  "apps": [{"id": "s2s-%3$s", "kind": "SERVER_TO_SERVER", "client_id": "s2s-client-%3$s",
                            "client_secret": "s2s-secret-%3$s", "account_id": "%1$s"}],
                  "templates": [{"id": "%4$s", "name": "Training", "type": 1},
                                {"id": "%5$s", "name": "Disabled", "type": 1}]
                }
                """.formatted(zoomAccount, users, suffix, template, otherTemplate));
        EventTestResources.broker().pair(accountId, PLATFORM, zoomAccount, "s2s-client-" + suffix,
                "s2s-secret-" + suffix);
    }

    private void register(int hostCount, Integer maxConcurrentRooms) {
        changes.accountChanged(new AccountView(accountId, PLATFORM, AccountView.PAIRED, zoomAccount, null, null,
                maxConcurrentRooms, false, false, null, List.of(template), template), null);
        for (int i = 0; i < hostCount; i++) {
            registerHost("host" + i, true);
        }
        registerHost("gone", false);
    }

    private void registerHost(String name, boolean paired) {
        HostView host = new HostView(UUID.randomUUID(), accountId, lmsUser(name), email(name), zoomUser(name), paired,
                true);
        changes.hostChanged(host);
        hosts.put(name, host);
    }
}
