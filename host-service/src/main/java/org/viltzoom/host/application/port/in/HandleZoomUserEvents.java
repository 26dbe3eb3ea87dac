package org.viltzoom.host.application.port.in;

import org.viltzoom.kernel.domain.EmailAddress;

/** Applies Zoom's user notifications to the hosts. Each method runs in the caller's transaction. */
public interface HandleZoomUserEvents {

    /** {@code user.deactivated}, {@code user.deleted} or {@code user.disassociated}. */
    void deactivated(String zoomAccountId, String zoomUserId);

    /** {@code user.activated}: the user's hosts are checked again, and PAIRED again when Zoom allows. */
    void activated(String zoomAccountId, String zoomUserId);

    /**
     * {@code user.updated}: hosts matched to the user, and hosts whose email is the user's old or
     * new email, are checked again.
     *
     * @param newEmail the email after the change, or null when it did not change
     * @param oldEmail the email before the change, or null when it did not change
     */
    void updated(String zoomAccountId, String zoomUserId, EmailAddress newEmail, EmailAddress oldEmail);
}
