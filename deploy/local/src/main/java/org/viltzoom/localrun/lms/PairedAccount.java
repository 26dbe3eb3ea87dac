package org.viltzoom.localrun.lms;

/** An account record of account-service after the OAuth pairing. */
public record PairedAccount(String id, String name, String status, String zoomAccountId, String pairingMode) {
}
