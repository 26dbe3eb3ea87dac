package org.viltzoom.event.application;

import io.quarkus.narayana.jta.QuarkusTransaction;
import java.util.function.Supplier;

/** Runs a step in a transaction of its own, so that Zoom calls never run inside one. */
final class Transactions {

    private Transactions() {
    }

    static <T> T call(Supplier<T> step) {
        return QuarkusTransaction.requiringNew().call(step::get);
    }

    static void run(Runnable step) {
        QuarkusTransaction.requiringNew().run(step);
    }
}
