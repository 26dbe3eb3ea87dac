package org.viltzoom.event.application.port.in;

import java.util.UUID;

/** Generates passcodes that a host's Zoom passcode policy accepts. */
public interface GeneratePasscodes {

    /** Returns a passcode for meetings of the host; the account and host must be paired. */
    String generate(String platform, UUID accountId, UUID hostId);
}
