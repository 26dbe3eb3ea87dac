package org.viltzoom.attendance.adapter.out.zoom;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.Optional;
import org.jboss.logging.Logger;
import org.viltzoom.attendance.application.port.out.ReportedParticipant;

/** Reads one row of Zoom's participant report, where absent values come as null or "". */
final class ReportRow {

    private static final Logger LOG = Logger.getLogger(ReportRow.class);

    private ReportRow() {
    }

    /**
     * Returns the row, or empty for a row that does not describe a connection to the meeting: a
     * waiting-room row, or one without a join time or without any connection id.
     */
    static Optional<ReportedParticipant> read(JsonNode row) {
        if ("in_waiting_room".equals(text(row, "status"))) {
            return Optional.empty();
        }
        Instant join = time(row, "join_time");
        String participantUuid = text(row, "participant_uuid");
        String userId = text(row, "user_id");
        if (join == null || (participantUuid == null && userId == null)) {
            LOG.warnf("Skipped a participant report row without join_time or user_id (user_id=%s)", userId);
            return Optional.empty();
        }
        return Optional.of(new ReportedParticipant(participantUuid, userId, text(row, "id"), join,
                time(row, "leave_time"), text(row, "user_email"), text(row, "registrant_id"),
                text(row, "customer_key"), text(row, "name")));
    }

    private static Instant time(JsonNode row, String field) {
        String value = text(row, field);
        if (value == null) {
            return null;
        }
        try {
            return Instant.parse(value);
        } catch (DateTimeParseException e) {
            return null;
        }
    }

    private static String text(JsonNode row, String field) {
        JsonNode value = row.path(field);
        if (value.isNull() || value.isMissingNode()) {
            return null;
        }
        String text = value.asText().trim();
        return text.isEmpty() ? null : text;
    }
}
