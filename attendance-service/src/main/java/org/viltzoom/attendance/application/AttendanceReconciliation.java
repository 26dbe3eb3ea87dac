package org.viltzoom.attendance.application;

import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.jboss.logging.Logger;
import org.viltzoom.attendance.application.port.in.ReconcileAttendance;
import org.viltzoom.attendance.application.port.out.PastParticipants;
import org.viltzoom.attendance.application.port.out.PastParticipants.NotReady;
import org.viltzoom.attendance.application.port.out.PastParticipants.Refused;
import org.viltzoom.attendance.application.port.out.PastParticipants.Report;
import org.viltzoom.attendance.application.port.out.PastParticipants.RetryLater;
import org.viltzoom.attendance.application.port.out.PastParticipants.Rows;
import org.viltzoom.attendance.application.port.out.Reconciliations;
import org.viltzoom.attendance.application.port.out.Reconciliations.DueReconciliation;
import org.viltzoom.attendance.application.port.out.ReportedConnections;
import org.viltzoom.attendance.application.port.out.TrainingEventReadModel;
import org.viltzoom.attendance.application.port.out.TrainingEventView;
import org.viltzoom.attendance.domain.ReconciliationOutcome;
import org.viltzoom.attendance.domain.RetrySchedule;

/**
 * Reconciles each ended meeting instance once against Zoom's participant report. The Zoom call
 * runs outside any transaction; claiming, merging and recording the outcome each run in one of
 * their own. A 404 code 3001 is retried with backoff and never read as "nobody attended".
 */
@ApplicationScoped
public class AttendanceReconciliation implements ReconcileAttendance {

    private static final Logger LOG = Logger.getLogger(AttendanceReconciliation.class);

    @Inject
    Reconciliations reconciliations;

    @Inject
    TrainingEventReadModel trainingEvents;

    @Inject
    PastParticipants pastParticipants;

    @Inject
    ReportedConnections reportedConnections;

    @Inject
    AttendanceFinalizer finalizer;

    @Inject
    ReconciliationSettings settings;

    @Inject
    Clock clock;

    @Override
    public int reconcileDue() {
        Instant now = clock.instant();
        List<DueReconciliation> due = QuarkusTransaction.requiringNew().call(
                () -> reconciliations.claimDue(now, now.plus(settings.lease()), settings.batchSize()));

        for (DueReconciliation reconciliation : due) {
            try {
                reconcile(reconciliation);
            } catch (RuntimeException e) {
                LOG.errorf(e, "Reconciliation of meeting instance %s (Zoom meeting %d) failed unexpectedly",
                        reconciliation.meetingUuid(), reconciliation.zoomMeetingId());
                retryOrEnd(reconciliation, null, null, ReconciliationOutcome.ZOOM_UNAVAILABLE,
                        e.getClass().getSimpleName());
            }
        }
        return due.size();
    }

    private void reconcile(DueReconciliation reconciliation) {
        Optional<TrainingEventView> found = QuarkusTransaction.requiringNew().call(
                () -> trainingEvents.findByZoomMeetingId(reconciliation.zoomMeetingId()));
        if (found.isEmpty()) {
            // The training-event topic is independent of the notifications, so the event may still arrive.
            retryOrEnd(reconciliation, null, null, ReconciliationOutcome.NO_TRAINING_EVENT,
                    "no training event has Zoom meeting " + reconciliation.zoomMeetingId());
            return;
        }
        TrainingEventView event = found.get();
        if (event.cancelled()) {
            finish(reconciliation, event.accountId(), ReconciliationOutcome.EVENT_CANCELLED,
                    "training event " + event.id() + " is cancelled");
            return;
        }
        if (event.accountId() == null) {
            finish(reconciliation, null, ReconciliationOutcome.NO_ACCOUNT,
                    "training event " + event.id() + " has no account");
            return;
        }

        Report report = pastParticipants.fetch(event.accountId(), reconciliation.meetingUuid());
        if (report instanceof Rows rows) {
            merge(reconciliation, event, rows);
        } else if (report instanceof NotReady) {
            retryOrEnd(reconciliation, event.accountId(), null, ReconciliationOutcome.REPORT_NOT_FOUND,
                    "Zoom returned 404 code 3001");
        } else if (report instanceof RetryLater later) {
            retryOrEnd(reconciliation, event.accountId(), later.notBefore(), ReconciliationOutcome.ZOOM_UNAVAILABLE,
                    later.reason());
        } else if (report instanceof Refused refused) {
            finish(reconciliation, event.accountId(), refused.outcome(), refused.reason());
        }
    }

    private void merge(DueReconciliation reconciliation, TrainingEventView event, Rows rows) {
        int attempts = reconciliation.attempts() + 1;
        int changed = QuarkusTransaction.requiringNew().call(() -> {
            int merged = reportedConnections.merge(reconciliation.meetingUuid(), reconciliation.zoomMeetingId(),
                    rows.participants());
            finalizer.refresh(reconciliation.zoomMeetingId(), false);
            reconciliations.finish(reconciliation.meetingUuid(), event.accountId(), attempts,
                    ReconciliationOutcome.RECONCILED,
                    rows.participants().size() + " report rows, " + merged + " connections added or completed",
                    clock.instant());
            return merged;
        });
        LOG.infof("Reconciled meeting instance %s (Zoom meeting %d, account %s) after %d attempt(s): "
                        + "%d report rows, %d connections added or completed",
                reconciliation.meetingUuid(), reconciliation.zoomMeetingId(), event.accountId(), attempts,
                rows.participants().size(), changed);
    }

    /** Schedules the next attempt, or ends with {@code outcome} when none is left. */
    private void retryOrEnd(DueReconciliation reconciliation, UUID accountId, Instant notBefore,
                            ReconciliationOutcome outcome, String reason) {
        int attempts = reconciliation.attempts() + 1;
        RetrySchedule schedule = settings.retrySchedule();
        if (schedule.isExhaustedAfter(attempts)) {
            finish(reconciliation, accountId, outcome, reason + " on each of " + attempts + " attempts");
            return;
        }

        // A hint from Zoom's or the broker's Retry-After replaces the backoff.
        Instant now = clock.instant();
        Instant nextAttemptAt = notBefore != null && notBefore.isAfter(now)
                ? notBefore : now.plus(schedule.backoffAfter(attempts));
        QuarkusTransaction.requiringNew().run(() -> reconciliations.retryAt(reconciliation.meetingUuid(), accountId,
                attempts, nextAttemptAt, reason));
        LOG.infof("Reconciliation of meeting instance %s (Zoom meeting %d) attempt %d: %s; next attempt at %s",
                reconciliation.meetingUuid(), reconciliation.zoomMeetingId(), attempts, reason, nextAttemptAt);
    }

    private void finish(DueReconciliation reconciliation, UUID accountId, ReconciliationOutcome outcome,
                        String detail) {
        int attempts = reconciliation.attempts() + 1;
        QuarkusTransaction.requiringNew().run(() -> reconciliations.finish(reconciliation.meetingUuid(), accountId,
                attempts, outcome, detail, clock.instant()));
        LOG.warnf("Reconciliation of meeting instance %s (Zoom meeting %d, account %s) ended with %s after %d "
                        + "attempt(s): %s; the results from notifications stand",
                reconciliation.meetingUuid(), reconciliation.zoomMeetingId(), accountId, outcome, attempts, detail);
    }
}
