package org.viltzoom.attendance.domain;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * The time a person attended: the union of their connections, clipped to each meeting instance.
 * Rejoins add up, and two devices at once count once. A connection still open when its instance
 * ended closes at that end, and a leave after the end is clamped to it.
 */
public final class AttendedTime {

    private AttendedTime() {
    }

    /**
     * Sums, per instance, the union of the person's connections inside it. Connections of
     * instances not in {@code instances} credit nothing.
     */
    public static Duration of(Collection<Connection> connections, Collection<MeetingInstance> instances) {
        Map<String, MeetingInstance> byUuid = instances.stream()
                .collect(Collectors.toMap(MeetingInstance::uuid, Function.identity(), (first, second) -> first));

        Map<String, List<TimeInterval>> clippedByInstance = connections.stream()
                .filter(connection -> byUuid.containsKey(connection.meetingUuid()))
                .collect(Collectors.groupingBy(Connection::meetingUuid, Collectors.mapping(
                        connection -> clipped(connection, byUuid.get(connection.meetingUuid())),
                        Collectors.toList())));

        Duration total = Duration.ZERO;
        for (List<TimeInterval> intervals : clippedByInstance.values()) {
            total = total.plus(unionLength(intervals));
        }
        return total;
    }

    /** Returns the summed actual length of the instances. */
    public static Duration actualLength(Collection<MeetingInstance> instances) {
        return instances.stream().map(MeetingInstance::actualLength).reduce(Duration.ZERO, Duration::plus);
    }

    private static TimeInterval clipped(Connection connection, MeetingInstance instance) {
        TimeInterval raw = new TimeInterval(connection.join(), connection.leave() == null ? instance.end() : connection.leave());
        return raw.clippedTo(instance.span()).orElse(new TimeInterval(instance.start(), instance.start()));
    }

    static Duration unionLength(List<TimeInterval> intervals) {
        List<TimeInterval> sorted = new ArrayList<>(intervals);
        sorted.removeIf(TimeInterval::isEmpty);
        sorted.sort(Comparator.comparing(TimeInterval::start));

        Duration total = Duration.ZERO;
        TimeInterval current = null;
        for (TimeInterval next : sorted) {
            if (current == null) {
                current = next;
            } else if (!next.start().isAfter(current.end())) {
                current = new TimeInterval(current.start(), next.end().isAfter(current.end()) ? next.end() : current.end());
            } else {
                total = total.plus(current.length());
                current = next;
            }
        }
        return current == null ? total : total.plus(current.length());
    }
}
