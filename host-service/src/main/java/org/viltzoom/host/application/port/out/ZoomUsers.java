package org.viltzoom.host.application.port.out;

import org.viltzoom.host.domain.ZoomUserLookup;
import org.viltzoom.kernel.domain.AccountId;
import org.viltzoom.kernel.domain.EmailAddress;

/** Zoom's Users API, called with the account's access token. */
public interface ZoomUsers {

    /**
     * Looks a user up by email in the account's Zoom account.
     *
     * @throws ZoomUnavailableException if Zoom or the token broker returned no usable response
     */
    ZoomUserLookup findByEmail(AccountId accountId, EmailAddress email);

    /**
     * Returns whether the user has a webinar licence or Zoom Events, from the user's settings.
     *
     * @throws ZoomUnavailableException if Zoom or the token broker returned no usable response
     */
    boolean isWebinarCapable(AccountId accountId, String zoomUserId);
}
