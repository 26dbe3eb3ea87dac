package org.viltzoom.host.domain;

import org.viltzoom.kernel.event.host.HostUnpairReason;

/**
 * Decides a host's pairing from Zoom's response. It reads only the outcome of the lookup (derived
 * from HTTP status and Zoom error code) and the user's fields, never Zoom's message texts.
 */
public final class HostClassifier {

    private HostClassifier() {
    }

    /**
     * Classifies a lookup in the paired Zoom account. A found user that would be PAIRED gets its
     * webinar capability from {@link #classify(ZoomUserLookup, String, boolean)}; this form is
     * for deciding whether that settings call is needed at all.
     *
     * @return PAIRED with no webinar capability, or NOT_PAIRED with the reason
     */
    public static Classification classify(ZoomUserLookup lookup, String pairedZoomAccountId) {
        return classify(lookup, pairedZoomAccountId, false);
    }

    /** Classifies a lookup, with the webinar capability read from the user's settings. */
    public static Classification classify(ZoomUserLookup lookup, String pairedZoomAccountId, boolean webinarCapable) {
        switch (lookup.outcome()) {
            case NOT_FOUND:
                return Classification.notPaired(HostUnpairReason.NOT_FOUND, null);
            case NOT_IN_ACCOUNT:
                return Classification.notPaired(HostUnpairReason.NOT_IN_ACCOUNT, null);
            case NO_VISIBILITY:
                return Classification.notPaired(HostUnpairReason.NO_VISIBILITY, null);
            default:
                return classifyUser(lookup.user(), pairedZoomAccountId, webinarCapable);
        }
    }

    private static Classification classifyUser(ZoomUser user, String pairedZoomAccountId, boolean webinarCapable) {
        if (user.accountId() != null && pairedZoomAccountId != null && !user.accountId().equals(pairedZoomAccountId)) {
            return Classification.notPaired(HostUnpairReason.NOT_IN_ACCOUNT, null);
        }
        if (user.status() == ZoomUserStatus.PENDING) {
            return Classification.notPaired(HostUnpairReason.PENDING, user.id());
        }
        if (user.status() == ZoomUserStatus.INACTIVE) {
            return Classification.notPaired(HostUnpairReason.DEACTIVATED, user.id());
        }
        if (!user.isLicensed()) {
            return Classification.notPaired(HostUnpairReason.NOT_LICENSED, user.id());
        }
        return Classification.paired(user.id(), webinarCapable);
    }
}
