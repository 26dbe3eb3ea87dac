package org.viltzoom.attendance.application.port.in;

/**
 * Reconciles ended meeting instances once against Zoom's participant report, to fill in joins
 * and leaves whose notifications never arrived.
 */
public interface ReconcileAttendance {

    /**
     * Runs the reconciliations that are due now.
     *
     * @return how many were attempted
     */
    int reconcileDue();
}
