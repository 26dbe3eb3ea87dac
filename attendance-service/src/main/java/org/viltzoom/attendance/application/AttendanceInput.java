package org.viltzoom.attendance.application;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.viltzoom.attendance.application.port.out.ErasedCredits;
import org.viltzoom.attendance.application.port.out.ErasedCredits.ErasedCredit;
import org.viltzoom.attendance.application.port.out.MeetingActivity;
import org.viltzoom.attendance.application.port.out.StoredInstance;
import org.viltzoom.attendance.application.port.out.TrainingEventView;
import org.viltzoom.attendance.domain.AttendanceCalculation;
import org.viltzoom.attendance.domain.ParticipantConnection;

/**
 * The calculation of one training event and the connections it runs on. A connection linked to
 * an erased learner gets one copy per such learner, matched by a customer key that only this
 * learner carries, so the copy credits the learner although the email and registrant id were erased.
 *
 * @param stored the connections as stored, without the copies
 */
record AttendanceInput(AttendanceCalculation calculation, List<ParticipantConnection> stored,
                       List<ParticipantConnection> connections) {

    private static final String ERASED_KEY_PREFIX = "vilt-erased:";

    /**
     * Loads the connections of these instances. Only ended instances count for the actual length,
     * but matching a connection to learners needs no instance times.
     */
    static AttendanceInput load(TrainingEventView event, List<StoredInstance> instances, MeetingActivity activity,
                                ErasedCredits erasedCredits) {
        List<String> meetingUuids = instances.stream().map(StoredInstance::uuid).toList();
        List<ParticipantConnection> stored = activity.connectionsOf(meetingUuids);

        Map<String, Set<String>> erasedByConnection = new HashMap<>();
        Set<String> erasedLearners = new TreeSet<>();
        for (ErasedCredit credit : erasedCredits.of(meetingUuids)) {
            erasedByConnection.computeIfAbsent(key(credit.meetingUuid(), credit.connectionId()), k -> new TreeSet<>())
                    .add(credit.lmsUserId());
            erasedLearners.add(credit.lmsUserId());
        }

        List<ParticipantConnection> connections = new ArrayList<>();
        for (ParticipantConnection connection : stored) {
            Set<String> erased = erasedByConnection.getOrDefault(
                    key(connection.meetingUuid(), connection.connectionId()), Set.of());
            // A stripped connection would otherwise show up as an unmatched participant without a name.
            if (erased.isEmpty() || hasIdentity(connection)) {
                connections.add(connection);
            }
            erased.forEach(lmsUserId -> connections.add(creditingCopy(connection, lmsUserId)));
        }

        AttendanceCalculation calculation = new AttendanceCalculation(
                instances.stream().filter(StoredInstance::hasEnded).map(AttendanceFinalizedMapping::toDomain).toList(),
                AttendanceFinalizedMapping.learnersOf(event, erasedLearners),
                AttendanceFinalizedMapping.hostsOf(event, instances),
                AttendanceFinalizedMapping.thresholdOf(event.attendanceRule()));
        return new AttendanceInput(calculation, stored, List.copyOf(connections));
    }

    static String erasedKey(String lmsUserId) {
        return ERASED_KEY_PREFIX + lmsUserId;
    }

    private static ParticipantConnection creditingCopy(ParticipantConnection connection, String lmsUserId) {
        return new ParticipantConnection(erasedKey(lmsUserId) + ":" + connection.connectionId(),
                connection.meetingUuid(), connection.join(), connection.leave(), null, erasedKey(lmsUserId), null,
                null, null);
    }

    private static boolean hasIdentity(ParticipantConnection connection) {
        return connection.email() != null || connection.registrantId() != null || connection.customerKey() != null
                || connection.zoomUserId() != null;
    }

    private static String key(String meetingUuid, String connectionId) {
        return meetingUuid + "\n" + connectionId;
    }
}
