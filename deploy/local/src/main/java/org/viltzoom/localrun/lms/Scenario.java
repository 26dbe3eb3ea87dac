package org.viltzoom.localrun.lms;

import com.fasterxml.jackson.core.JacksonException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A scenario file of deploy/local/scenarios: the training event, how many learners enroll, and
 * what happens in the Zoom webinar, minute by minute from the scheduled start.
 *
 * @param leavesAtEnd when Zoom reports the leaves of connections still open at an end:
 *     {@code before_end}, {@code after_end} (that many seconds late) or {@code never}
 * @param steps in the order they happen; steps at the same time run in the listed order
 */
public record Scenario(String description, EventSettings event, int learners, Map<String, Guest> guests,
                       String leavesAtEnd, long leaveAfterEndSeconds, List<Step> steps) {

    private static final ObjectMapper JSON = new ObjectMapper()
            .setPropertyNamingStrategy(PropertyNamingStrategies.SNAKE_CASE)
            .configure(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES, true);

    private static final Pattern TIME = Pattern.compile("(\\d{1,3}):([0-5]\\d)");

    /**
     * @param movedLaterMinutes how much later the LMS moves the event before it starts, which
     *     replaces its Zoom webinar
     */
    public record EventSettings(String name, int minutes, int attendancePercentage, int movedLaterMinutes) {
    }

    /** A participant who is no enrolled learner; an empty email is a guest who did not sign in. */
    public record Guest(String name, String email) {
    }

    /**
     * One thing that happens in the webinar.
     *
     * @param at minutes and seconds after the scheduled start, such as {@code 62:30}
     * @param action a meeting-script action of the Zoom simulator: start, restart, join, leave,
     *     end, join_breakout_room, leave_breakout_room or role_changed
     * @param who {@code host}, {@code alternative-host:N}, {@code learner:N},
     *     {@code learners:A-B} (each of them), or {@code guest:NAME}; a {@code #device} suffix
     *     opens a further connection of the same person, such as a phone beside a laptop
     * @param delaySeconds Zoom delivers the notification this much later, so later ones overtake it
     * @param duplicate extra identical deliveries of the notification
     * @param note printed when the playback reaches the step
     */
    public record Step(String at, String action, String who, long delaySeconds, int duplicate,
                       long duplicateDelaySeconds, boolean drop, String leaveReason, String note) {

        /** Returns the time after the scheduled start. */
        public Duration offset() {
            Matcher matcher = TIME.matcher(at == null ? "" : at);
            if (!matcher.matches()) {
                throw new IllegalArgumentException("Step time '" + at + "' is not minutes:seconds, such as 05:00 or 62:30");
            }
            return Duration.ofMinutes(Long.parseLong(matcher.group(1))).plusSeconds(Long.parseLong(matcher.group(2)));
        }
    }

    public Scenario {
        guests = guests == null ? Map.of() : Map.copyOf(guests);
        steps = steps == null ? List.of() : List.copyOf(steps);
        leavesAtEnd = leavesAtEnd == null ? "before_end" : leavesAtEnd;
    }

    /**
     * Reads and checks a scenario file.
     *
     * @throws IllegalArgumentException when the file is not valid JSON of this shape, names an
     *     unknown field, or lacks the event or the steps
     */
    public static Scenario read(Path file) throws IOException {
        Scenario scenario;
        try {
            scenario = JSON.readValue(file.toFile(), Scenario.class);
        } catch (JacksonException e) {
            throw new IllegalArgumentException("Invalid scenario " + file + ": " + e.getOriginalMessage(), e);
        }
        if (scenario.event() == null || scenario.event().name() == null || scenario.event().minutes() < 1) {
            throw new IllegalArgumentException("Scenario " + file + " needs event.name and event.minutes");
        }
        if (scenario.event().attendancePercentage() < 1 || scenario.event().attendancePercentage() > 100) {
            throw new IllegalArgumentException("Scenario " + file + ": event.attendance_percentage must be 1 to 100");
        }
        if (scenario.event().movedLaterMinutes() < 1) {
            throw new IllegalArgumentException("Scenario " + file + ": event.moved_later_minutes must be at least 1,"
                    + " because the LMS edits the event to show the replacement of its webinar");
        }
        if (scenario.steps().isEmpty()) {
            throw new IllegalArgumentException("Scenario " + file + " has no steps");
        }
        if (!List.of("before_end", "after_end", "never").contains(scenario.leavesAtEnd())) {
            throw new IllegalArgumentException("Scenario " + file + ": leaves_at_end must be before_end, after_end or never");
        }
        scenario.steps().forEach(Step::offset);
        return scenario;
    }
}
