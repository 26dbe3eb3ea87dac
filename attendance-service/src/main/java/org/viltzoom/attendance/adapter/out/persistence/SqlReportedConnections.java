package org.viltzoom.attendance.adapter.out.persistence;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.util.List;
import org.viltzoom.attendance.application.port.out.ReportedConnections;
import org.viltzoom.attendance.application.port.out.ReportedParticipant;

/**
 * Merges report rows into {@code participant_connection}. Every statement fills only null
 * columns, so the values from notifications win and a second merge of the same rows changes
 * nothing.
 */
@ApplicationScoped
class SqlReportedConnections implements ReportedConnections {

    @Inject
    EntityManager entityManager;

    @Override
    public int merge(String meetingUuid, long zoomMeetingId, List<ReportedParticipant> rows) {
        int changed = 0;
        for (ReportedParticipant row : rows) {
            changed += mergeOne(meetingUuid, zoomMeetingId, row);
        }
        return changed;
    }

    private int mergeOne(String meetingUuid, long zoomMeetingId, ReportedParticipant row) {
        String known = matchingConnection(meetingUuid, row);
        if (known != null) {
            return complete(meetingUuid, known, row);
        }
        if (adoptEarlierLeave(meetingUuid, row)) {
            return 1;
        }
        return insert(meetingUuid, zoomMeetingId, row);
    }

    /**
     * Finds the stored connection of a row. A report row carries no participant_uuid in most of
     * Zoom's versions, but its join time and user_id equal those of the connection's notification.
     * Zoom user id and email are checked too, for a notification that lacked user_id.
     */
    private String matchingConnection(String meetingUuid, ReportedParticipant row) {
        List<?> matches = NativeSql.of(entityManager, """
                        select connection_id from participant_connection
                        where meeting_uuid = :uuid
                          and (connection_id = :participant
                               or (join_time = :join
                                   and (user_id = :user or zoom_user_id = :zoomUser
                                        or lower(email) = lower(:email))))
                        order by case when connection_id = :participant then 0 else 1 end, connection_id
                        limit 1
                        """)
                .text("uuid", meetingUuid).text("participant", row.participantUuid())
                .instant("join", row.joinTime()).text("user", row.userId()).text("zoomUser", row.zoomUserId())
                .text("email", row.email())
                .query().getResultList();
        return matches.isEmpty() ? null : (String) matches.get(0);
    }

    /** Fills the join, leave and identity fields the connection still lacks; returns 1 if a time was filled. */
    private int complete(String meetingUuid, String connectionId, ReportedParticipant row) {
        int timesFilled = NativeSql.of(entityManager, """
                        update participant_connection
                        set join_time = coalesce(join_time, :join), leave_time = coalesce(leave_time, :leave)
                        where meeting_uuid = :uuid and connection_id = :connection
                          and (join_time is null or (leave_time is null and cast(:leave as timestamptz) is not null))
                        """)
                .instant("join", row.joinTime()).instant("leave", row.leaveTime())
                .text("uuid", meetingUuid).text("connection", connectionId)
                .execute();

        NativeSql.of(entityManager, """
                        update participant_connection
                        set zoom_user_id = coalesce(zoom_user_id, :zoomUser), user_id = coalesce(user_id, :user),
                            email = coalesce(email, :email), registrant_id = coalesce(registrant_id, :registrant),
                            customer_key = coalesce(customer_key, :customerKey), name = coalesce(name, :name)
                        where meeting_uuid = :uuid and connection_id = :connection
                        """)
                .text("zoomUser", row.zoomUserId()).text("user", row.userId()).text("email", row.email())
                .text("registrant", row.registrantId()).text("customerKey", row.customerKey())
                .text("name", row.name()).text("uuid", meetingUuid).text("connection", connectionId)
                .execute();
        return timesFilled;
    }

    /**
     * Gives the join to a leave that arrived without participant_uuid and without its join. Such a
     * leave waits under the user_id, and the report's row of that user_id joined before it.
     */
    private boolean adoptEarlierLeave(String meetingUuid, ReportedParticipant row) {
        if (row.userId() == null) {
            return false;
        }
        int updated = NativeSql.of(entityManager, """
                        update participant_connection set join_time = :join
                        where meeting_uuid = :uuid and connection_id = (
                            select connection_id from participant_connection
                            where meeting_uuid = :uuid and user_id = :user and join_time is null
                              and leave_time >= :join
                            order by leave_time limit 1)
                        """)
                .instant("join", row.joinTime()).text("uuid", meetingUuid).text("user", row.userId())
                .execute();
        return updated > 0;
    }

    private int insert(String meetingUuid, long zoomMeetingId, ReportedParticipant row) {
        String connectionId = row.participantUuid() != null
                ? row.participantUuid()
                : "report:" + row.userId() + "@" + row.joinTime();
        return NativeSql.of(entityManager, """
                        insert into participant_connection (meeting_uuid, connection_id, zoom_meeting_id, zoom_user_id,
                            user_id, join_time, leave_time, email, registrant_id, customer_key, name)
                        values (:uuid, :connection, :meeting, :zoomUser, :user, :join, :leave, :email, :registrant,
                            :customerKey, :name)
                        on conflict (meeting_uuid, connection_id) do nothing
                        """)
                .text("uuid", meetingUuid).text("connection", connectionId).number("meeting", zoomMeetingId)
                .text("zoomUser", row.zoomUserId()).text("user", row.userId()).instant("join", row.joinTime())
                .instant("leave", row.leaveTime()).text("email", row.email()).text("registrant", row.registrantId())
                .text("customerKey", row.customerKey()).text("name", row.name())
                .execute();
    }
}
