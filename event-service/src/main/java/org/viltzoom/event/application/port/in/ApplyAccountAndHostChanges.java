package org.viltzoom.event.application.port.in;

import org.viltzoom.event.domain.AccountView;
import org.viltzoom.event.domain.HostView;

/** Keeps the read models current and applies their consequences to future events. */
public interface ApplyAccountAndHostChanges {

    /** Stores the account; when it is no longer paired, its future events become invalidated. */
    void accountChanged(AccountView account, String reason);

    /** Stores the host; when it is no longer paired, its future events are flagged. */
    void hostChanged(HostView host);
}
