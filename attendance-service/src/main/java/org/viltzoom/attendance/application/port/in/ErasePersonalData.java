package org.viltzoom.attendance.application.port.in;

import org.viltzoom.kernel.domain.PlatformId;

/**
 * Erases an LMS user's personal data on one platform: contact data of enrollments, the identity
 * of the Zoom connections credited to the user, and unmatched participants with the user's email.
 * The attendance figures stay under the LMS user id. Repeating it changes nothing more.
 */
public interface ErasePersonalData {

    void erase(PlatformId platform, String lmsUserId);
}
