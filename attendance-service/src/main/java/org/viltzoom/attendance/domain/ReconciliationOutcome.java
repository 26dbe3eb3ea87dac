package org.viltzoom.attendance.domain;

/**
 * The end of one meeting instance's reconciliation against Zoom's participant report. Every
 * outcome but {@link #RECONCILED} leaves the results computed from notifications as they are.
 */
public enum ReconciliationOutcome {
    /** The report's rows were merged into the stored connections. */
    RECONCILED,
    /** Zoom returned 404 code 3001 for every attempt: the report never became ready, or Zoom no longer knows the meeting. */
    REPORT_NOT_FOUND,
    /** The token broker has no paired Zoom account for the event's account. */
    ACCOUNT_NOT_PAIRED,
    /** The Zoom app lacks a scope that the report needs. */
    MISSING_SCOPES,
    /** Zoom rejected the request for good, for example with 400 or 403. */
    ZOOM_REJECTED,
    /** Zoom or the token broker failed with transient errors on every attempt. */
    ZOOM_UNAVAILABLE,
    /** No training event has this Zoom meeting id, so no account is known to ask Zoom with. */
    NO_TRAINING_EVENT,
    /** The training event was stored before its account was kept. */
    NO_ACCOUNT,
    /** The training event was cancelled, so its attendance is not published. */
    EVENT_CANCELLED
}
