package org.viltzoom.kernel.domain;

import java.util.Objects;
import java.util.UUID;

/** Identifier of a paired-account record of account-service. */
public record AccountId(UUID value) {

    public AccountId {
        Objects.requireNonNull(value, "AccountId value");
    }

    public static AccountId random() {
        return new AccountId(UUID.randomUUID());
    }

    /**
     * Parses the canonical UUID form.
     *
     * @throws IllegalArgumentException if the text is not a UUID
     */
    public static AccountId parse(String text) {
        return new AccountId(UUID.fromString(text));
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
