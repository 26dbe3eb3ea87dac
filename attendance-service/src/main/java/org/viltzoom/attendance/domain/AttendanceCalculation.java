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

    // Indexes of the learners, so that a webinar of tens of thousands is matched in linear time.
    private final Map<String, Set<String>> learnersByRegistrantId = new HashMap<>();
    private final Map<String, Set<String>> learnersByCustomerKey = new HashMap<>();
    private final Map<EmailAddress, Set<String>> learnersByEmail = new HashMap<>();

    public AttendanceCalculation(Collection<MeetingInstance> instances, Collection<EnrolledLearner> learners,
                                 Hosts hosts, AttendanceThreshold threshold) {
        this.instances = List.copyOf(instances);
        this.learners = List.copyOf(learners);
        this.hosts = hosts;
        this.threshold = threshold;

        for (EnrolledLearner learner : this.learners) {
            index(learnersByRegistrantId, learner.registrantId(), learner);
            index(learnersByCustomerKey, learner.customerKey(), learner);
            index(learnersByEmail, learner.email(), learner);
        }
    }

    private static <K> void index(Map<K, Set<String>> index, K key, EnrolledLearner learner) {
        if (key != null) {
            index.computeIfAbsent(key, ignored -> new HashSet<>()).add(learner.lmsUserId());
        }
    }

    public AttendanceResult compute(Collection<ParticipantConnection> connections) {
        Duration actualLength = AttendedTime.actualLength(instances);
        List<ParticipantConnection> attendeeConnections = connections.stream()
                .filter(connection -> !hosts.includes(connection))
                .toList();

        Map<String, Set<String>> matchedByConnection = match(attendeeConnections);

        Map<String, List<Connection>> connectionsByLearner = new HashMap<>();
        for (ParticipantConnection connection : attendeeConnections) {
            for (String lmsUserId : matchedByConnection.getOrDefault(connection.connectionId(), Set.of())) {
                connectionsByLearner.computeIfAbsent(lmsUserId, id -> new ArrayList<>()).add(connection.time());
            }
        }

        List<LearnerResult> results = new ArrayList<>();
        for (EnrolledLearner learner : learners) {
            List<Connection> own = connectionsByLearner.getOrDefault(learner.lmsUserId(), List.of());
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
        if (connection.registrantId() != null) {
            credited.addAll(learnersByRegistrantId.getOrDefault(connection.registrantId(), Set.of()));
        }
        if (connection.customerKey() != null) {
            credited.addAll(learnersByCustomerKey.getOrDefault(connection.customerKey(), Set.of()));
        }
        return credited;
    }

    private Set<String> matchByEmail(EmailAddress email) {
        return new HashSet<>(learnersByEmail.getOrDefault(email, Set.of()));
    }

    private boolean sharesEmail(EnrolledLearner learner) {
        return learner.email() != null && learnersByEmail.get(learner.email()).stream()
                .anyMatch(other -> !other.equals(learner.lmsUserId()));
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
