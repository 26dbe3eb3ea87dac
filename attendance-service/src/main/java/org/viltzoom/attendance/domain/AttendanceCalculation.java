package org.viltzoom.attendance.domain;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.viltzoom.kernel.domain.EmailAddress;

/**
 * Computes the attendance of a training event from its meeting instances and every connection
 * Zoom reported.
 *
 * <p>Each connection is matched to learners in this order: the registrant id or customer key
 * issued to a learner; then the email, case-insensitively, crediting every learner who shares
 * it; then the Zoom user id of another connection that was matched. Display names and
 * connection ids never identify a learner. Host connections are left out. A connection that
 * matches no learner is reported as unmatched, grouped by Zoom user id or else by connection.
 */
public final class AttendanceCalculation {

    private final List<MeetingInstance> instances;
    private final List<EnrolledLearner> learners;
    private final Hosts hosts;
    private final AttendanceThreshold threshold;

    public AttendanceCalculation(Collection<MeetingInstance> instances, Collection<EnrolledLearner> learners,
                                 Hosts hosts, AttendanceThreshold threshold) {
        this.instances = List.copyOf(instances);
        this.learners = List.copyOf(learners);
        this.hosts = hosts;
        this.threshold = threshold;
    }

    public AttendanceResult compute(Collection<ParticipantConnection> connections) {
        Duration actualLength = AttendedTime.actualLength(instances);
        List<ParticipantConnection> attendeeConnections = connections.stream()
                .filter(connection -> !hosts.includes(connection))
                .toList();

        Map<String, Set<String>> matchedByConnection = match(attendeeConnections);

        List<LearnerResult> results = new ArrayList<>();
        for (EnrolledLearner learner : learners) {
            List<Connection> own = attendeeConnections.stream()
                    .filter(connection -> matchedByConnection.getOrDefault(connection.connectionId(), Set.of())
                            .contains(learner.lmsUserId()))
                    .map(ParticipantConnection::time)
                    .toList();
            Duration attended = AttendedTime.of(own, instances);
            results.add(new LearnerResult(learner.lmsUserId(),
                    threshold.statusFor(!own.isEmpty(), attended, actualLength),
                    attended,
                    AttendanceThreshold.percentOf(attended, actualLength),
                    own.size(),
                    sharesEmail(learner)));
        }

        return new AttendanceResult(actualLength, results, unmatched(attendeeConnections, matchedByConnection));
    }

    /**
     * Returns, per connection id, the LMS user ids that the connection credits, by the same rules
     * as {@link #compute}. Host connections and connections that credit nobody are absent.
     */
    public Map<String, Set<String>> creditedLearners(Collection<ParticipantConnection> connections) {
        return match(connections.stream().filter(connection -> !hosts.includes(connection)).toList());
    }

    /** Returns, per connection id, the LMS user ids it credits. */
    private Map<String, Set<String>> match(List<ParticipantConnection> connections) {
        Map<String, Set<String>> matched = new HashMap<>();
        Map<String, Set<String>> learnersByZoomUser = new HashMap<>();

        for (ParticipantConnection connection : connections) {
            Set<String> credited = matchByIssuedIds(connection);
            if (credited.isEmpty() && connection.email() != null) {
                credited = matchByEmail(connection.email());
            }
            if (!credited.isEmpty()) {
                matched.put(connection.connectionId(), credited);
                if (connection.zoomUserId() != null) {
                    learnersByZoomUser.computeIfAbsent(connection.zoomUserId(), id -> new HashSet<>()).addAll(credited);
                }
            }
        }

        for (ParticipantConnection connection : connections) {
            if (!matched.containsKey(connection.connectionId()) && connection.zoomUserId() != null
                    && learnersByZoomUser.containsKey(connection.zoomUserId())) {
                matched.put(connection.connectionId(), learnersByZoomUser.get(connection.zoomUserId()));
            }
        }
        return matched;
    }

    private Set<String> matchByIssuedIds(ParticipantConnection connection) {
        Set<String> credited = new HashSet<>();
        for (EnrolledLearner learner : learners) {
            boolean registrant = connection.registrantId() != null && connection.registrantId().equals(learner.registrantId());
            boolean customerKey = connection.customerKey() != null && connection.customerKey().equals(learner.customerKey());
            if (registrant || customerKey) {
                credited.add(learner.lmsUserId());
            }
        }
        return credited;
    }

    private Set<String> matchByEmail(EmailAddress email) {
        Set<String> credited = new HashSet<>();
        for (EnrolledLearner learner : learners) {
            if (email.equals(learner.email())) {
                credited.add(learner.lmsUserId());
            }
        }
        return credited;
    }

    private boolean sharesEmail(EnrolledLearner learner) {
        return learner.email() != null && learners.stream()
                .filter(other -> !other.lmsUserId().equals(learner.lmsUserId()))
                .anyMatch(other -> learner.email().equals(other.email()));
    }

    private List<UnmatchedParticipant> unmatched(List<ParticipantConnection> connections,
                                                 Map<String, Set<String>> matchedByConnection) {
        Map<String, List<ParticipantConnection>> byPerson = new LinkedHashMap<>();
        for (ParticipantConnection connection : connections) {
            if (!matchedByConnection.containsKey(connection.connectionId())) {
                String person = connection.zoomUserId() != null ? "user:" + connection.zoomUserId()
                        : "connection:" + connection.connectionId();
                byPerson.computeIfAbsent(person, key -> new ArrayList<>()).add(connection);
            }
        }

        List<UnmatchedParticipant> unmatched = new ArrayList<>();
        for (List<ParticipantConnection> person : byPerson.values()) {
            ParticipantConnection first = person.get(0);
            Duration attended = AttendedTime.of(person.stream().map(ParticipantConnection::time).toList(), instances);
            unmatched.add(new UnmatchedParticipant(first.name(), first.email(), attended));
        }
        unmatched.sort(Comparator.comparing(UnmatchedParticipant::attended).reversed());
        return unmatched;
    }
}
