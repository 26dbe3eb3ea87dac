package org.viltzoom.kernel.inbox;

/** Extracts the deduplication key of a record, for example the envelope id of a domain event. */
@FunctionalInterface
public interface MessageIdentity {

    /**
     * Returns the key.
     *
     * @throws PoisonMessageException if the record has no readable identity
     */
    String idOf(String key, String value);
}
