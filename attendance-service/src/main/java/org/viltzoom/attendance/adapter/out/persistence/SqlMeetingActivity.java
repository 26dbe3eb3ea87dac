package org.viltzoom.attendance.adapter.out.persistence;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import org.viltzoom.attendance.application.ZoomEmails;
import org.viltzoom.attendance.application.port.out.MeetingActivity;
import org.viltzoom.attendance.application.port.out.ParticipantReport;
import org.viltzoom.attendance.application.port.out.StoredInstance;
import org.viltzoom.attendance.domain.ParticipantConnection;

/**
 * Meeting instances and connections in PostgreSQL. Each write fills only what is still unknown,
 * so the first value Zoom reported wins and a repeated notification changes nothing.
 */
@ApplicationScoped
class SqlMeetingActivity implements MeetingActivity {

    private static final String FILL_IDENTITY = """
            zoom_user_id = coalesce(participant_connection.zoom_user_id, excluded.zoom_user_id),
            user_id = coalesce(participant_connection.user_id, excluded.user_id),
            email = coalesce(participant_connection.email, excluded.email),
            registrant_id = coalesce(participant_connection.registrant_id, excluded.registrant_id),
            customer_key = coalesce(participant_connection.customer_key, excluded.customer_key),
            name = coalesce(participant_connection.name, excluded.name)
            """;

    @Inject
    EntityManager entityManager;

    @Override
    public void recordStarted(String meetingUuid, long zoomMeetingId, String hostZoomUserId, Instant start) {
        NativeSql.of(entityManager, """
                        insert into meeting_instance (uuid, zoom_meeting_id, host_zoom_user_id, started_at)
                        values (:uuid, :meeting, :host, :start)
                        on conflict (uuid) do update set
                            host_zoom_user_id = coalesce(meeting_instance.host_zoom_user_id, excluded.host_zoom_user_id),
                            started_at = coalesce(meeting_instance.started_at, excluded.started_at)
                        """)
                .text("uuid", meetingUuid).number("meeting", zoomMeetingId).text("host", hostZoomUserId)
                .instant("start", start)
                .execute();
    }

    @Override
    public void recordEnded(String meetingUuid, long zoomMeetingId, String hostZoomUserId, Instant startTime,
                            Instant end) {
        NativeSql.of(entityManager, """
                        insert into meeting_instance (uuid, zoom_meeting_id, host_zoom_user_id, ended_start_time, ended_at)
                        values (:uuid, :meeting, :host, :start, :end)
                        on conflict (uuid) do update set
                            host_zoom_user_id = coalesce(meeting_instance.host_zoom_user_id, excluded.host_zoom_user_id),
                            ended_start_time = coalesce(meeting_instance.ended_start_time, excluded.ended_start_time),
                            ended_at = coalesce(meeting_instance.ended_at, excluded.ended_at)
                        """)
                .text("uuid", meetingUuid).number("meeting", zoomMeetingId).text("host", hostZoomUserId)
                .instant("start", startTime).instant("end", end)
                .execute();
    }

    @Override
    public void recordJoin(ParticipantReport report) {
        if (report.participantUuid() != null) {
            upsertConnection(report, report.participantUuid(), "join_time");
            return;
        }
        String connectionId = "user:" + report.userId() + "@" + report.time();
        upsertConnection(report, connectionId, "join_time");
        adoptEarlierLeave(report, connectionId);
    }

    /**
     * Moves a leave that arrived before this join into the new connection. Zoom gives every
     * rejoin a new user_id, so a leave of the same user_id at or after the join belongs to it.
     */
    private void adoptEarlierLeave(ParticipantReport report, String connectionId) {
        List<?> orphans = NativeSql.of(entityManager, """
                        select connection_id, leave_time from participant_connection
                        where meeting_uuid = :uuid and user_id = :user and join_time is null and leave_time >= :join
                        order by leave_time limit 1
                        """)
                .text("uuid", report.meetingUuid()).text("user", report.userId()).instant("join", report.time())
                .query().getResultList();
        if (orphans.isEmpty()) {
            return;
        }

        Object[] orphan = (Object[]) orphans.get(0);
        NativeSql.of(entityManager, """
                        update participant_connection set leave_time = :leave
                        where meeting_uuid = :uuid and connection_id = :connection and leave_time is null
                        """)
                .instant("leave", NativeSql.toInstant(orphan[1])).text("uuid", report.meetingUuid())
                .text("connection", connectionId)
                .execute();
        NativeSql.of(entityManager, "delete from participant_connection where meeting_uuid = :uuid and connection_id = :orphan")
                .text("uuid", report.meetingUuid()).text("orphan", (String) orphan[0])
                .execute();
    }

    @Override
    public void recordLeave(ParticipantReport report) {
        if (report.participantUuid() != null) {
            upsertConnection(report, report.participantUuid(), "leave_time");
            return;
        }
        if (closeOpenConnectionOf(report) == 0 && !hasLeave(report)) {
            // A leave without participant_uuid that precedes its join waits here for that join.
            upsertConnection(report, "user:" + report.userId() + "@left:" + report.time(), "leave_time");
        }
    }

    /** Inserts the connection, or fills its still unknown join or leave and identity fields. */
    private void upsertConnection(ParticipantReport report, String connectionId, String timeColumn) {
        NativeSql.of(entityManager, """
                        insert into participant_connection (meeting_uuid, connection_id, zoom_meeting_id, zoom_user_id,
                            user_id, %1$s, email, registrant_id, customer_key, name)
                        values (:uuid, :connection, :meeting, :zoomUser, :user, :time, :email, :registrant,
                            :customerKey, :name)
                        on conflict (meeting_uuid, connection_id) do update set
                            %1$s = coalesce(participant_connection.%1$s, excluded.%1$s),
                        """.formatted(timeColumn) + FILL_IDENTITY)
                .text("uuid", report.meetingUuid()).text("connection", connectionId)
                .number("meeting", report.zoomMeetingId()).text("zoomUser", report.zoomUserId())
                .text("user", report.userId()).instant("time", report.time()).text("email", report.email())
                .text("registrant", report.registrantId()).text("customerKey", report.customerKey())
                .text("name", report.name())
                .execute();
    }

    private int closeOpenConnectionOf(ParticipantReport report) {
        return NativeSql.of(entityManager, """
                        update participant_connection set leave_time = :leave
                        where meeting_uuid = :uuid and connection_id = (
                            select connection_id from participant_connection
                            where meeting_uuid = :uuid and user_id = :user and leave_time is null
                              and join_time <= :leave
                            order by join_time desc limit 1)
                        """)
                .instant("leave", report.time()).text("uuid", report.meetingUuid()).text("user", report.userId())
                .execute();
    }

    private boolean hasLeave(ParticipantReport report) {
        List<?> rows = NativeSql.of(entityManager, """
                        select 1 from participant_connection
                        where meeting_uuid = :uuid and user_id = :user and leave_time = :leave
                        """)
                .text("uuid", report.meetingUuid()).text("user", report.userId()).instant("leave", report.time())
                .query().getResultList();
        return !rows.isEmpty();
    }

    @Override
    public List<StoredInstance> instancesOf(Collection<Long> zoomMeetingIds) {
        if (zoomMeetingIds.isEmpty()) {
            return List.of();
        }
        List<?> rows = entityManager.createNativeQuery("""
                        select i.uuid, i.zoom_meeting_id, i.host_zoom_user_id,
                               coalesce(i.started_at, i.ended_start_time,
                                        (select min(c.join_time) from participant_connection c
                                         where c.meeting_uuid = i.uuid)),
                               i.ended_at
                        from meeting_instance i
                        where i.zoom_meeting_id in (:meetings)
                        order by 4, i.uuid
                        """)
                .setParameter("meetings", List.copyOf(zoomMeetingIds))
                .getResultList();
        return rows.stream()
                .map(Object[].class::cast)
                .map(row -> new StoredInstance((String) row[0], ((Number) row[1]).longValue(), (String) row[2],
                        NativeSql.toInstant(row[3]), NativeSql.toInstant(row[4])))
                .toList();
    }

    @Override
    public List<ParticipantConnection> connectionsOf(Collection<String> meetingUuids) {
        if (meetingUuids.isEmpty()) {
            return List.of();
        }
        List<?> rows = entityManager.createNativeQuery("""
                        select connection_id, meeting_uuid, join_time, leave_time, registrant_id, customer_key,
                               email, zoom_user_id, name
                        from participant_connection
                        where meeting_uuid in (:uuids) and join_time is not null
                        order by join_time, connection_id
                        """)
                .setParameter("uuids", List.copyOf(meetingUuids))
                .getResultList();
        return rows.stream()
                .map(Object[].class::cast)
                .map(row -> new ParticipantConnection((String) row[0], (String) row[1],
                        NativeSql.toInstant(row[2]), NativeSql.toInstant(row[3]), (String) row[4], (String) row[5],
                        ZoomEmails.parse((String) row[6]), (String) row[7], (String) row[8]))
                .toList();
    }
}
