package org.viltzoom.account.application.port.in;

/** Checks that paired accounts' credentials still work, catching changes Zoom never notified. */
public interface VerifyPairings {

    /** Returns how many accounts lost their pairing in this run. */
    int verifyAll();
}
