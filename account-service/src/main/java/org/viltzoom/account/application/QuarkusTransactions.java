package org.viltzoom.account.application;

import io.quarkus.narayana.jta.QuarkusTransaction;
import java.util.function.Supplier;

/** Runs a step in a transaction of its own, letting the use case's runtime exceptions through unchanged. */
final class QuarkusTransactions {

    private QuarkusTransactions() {
    }

    static <T> T call(Supplier<T> step) {
        return QuarkusTransaction.requiringNew().call(step::get);
    }
}
