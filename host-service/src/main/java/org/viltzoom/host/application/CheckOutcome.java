package org.viltzoom.host.application;

import java.time.Instant;
import org.viltzoom.host.application.port.out.ZoomUnavailableException;
import org.viltzoom.host.domain.Classification;

/**
 * The result of checking one email in Zoom: a classification, or the failure that left the
 * host's state unknown.
 */
record CheckOutcome(Classification classification, ZoomUnavailableException failure) {

    static CheckOutcome classified(Classification classification) {
        return new CheckOutcome(classification, null);
    }

    static CheckOutcome failed(ZoomUnavailableException failure) {
        return new CheckOutcome(null, failure);
    }

    boolean isFailed() {
        return failure != null;
    }

    Instant retryAfter() {
        return failure.retryAfter();
    }
}
