package org.viltzoom.attendance.application.port.out;

import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.UUID;
import org.viltzoom.attendance.domain.ReconciliationOutcome;

/** Zoom's report of the participants of an ended meeting instance, one row per connection. */
public interface PastParticipants {

    /**
     * Reads every page of the instance's report with a token for the account. A failure on any
     * page fails the whole read, so callers never see part of a report.
     */
    Report fetch(UUID accountId, String meetingUuid);

    /** The result of reading the report. */
    sealed interface Report {
    }

    /** The report's rows, waiting-room rows left out. */
    record Rows(List<ReportedParticipant> participants) implements Report {

        public Rows {
            participants = List.copyOf(participants);
        }
    }

    /**
     * Zoom returned 404 code 3001, which it does for a few minutes after a meeting ends and for
     * a meeting it does not know. It never means that nobody attended.
     */
    record NotReady() implements Report {
    }

    /**
     * A rate limit, a server error, a lost connection or an unavailable token broker.
     *
     * @param notBefore the earliest retry that Zoom or the broker named, or null
     */
    record RetryLater(Instant notBefore, String reason) implements Report {

        public RetryLater {
            Objects.requireNonNull(reason, "reason");
        }
    }

    /** A response that no retry changes, such as an unpaired account or a 403. */
    record Refused(ReconciliationOutcome outcome, String reason) implements Report {

        public Refused {
            Objects.requireNonNull(outcome, "outcome");
            Objects.requireNonNull(reason, "reason");
        }
    }
}
