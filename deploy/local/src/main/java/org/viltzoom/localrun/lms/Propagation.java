package org.viltzoom.localrun.lms;

import java.time.Duration;
import java.util.function.Predicate;
import java.util.function.Supplier;
import org.viltzoom.localrun.Progress;

/**
 * Repeats a call while another service has not yet received a domain event through Kafka, for
 * example host-service learning about a paired account. A real LMS has the same delay.
 */
final class Propagation {

    static final Duration TIMEOUT = Duration.ofSeconds(30);

    private Propagation() {
    }

    /**
     * Returns the first response that is not {@code pending}, or the last one once the timeout has
     * passed, so that the caller's {@link ApiResponse#expect} reports it.
     */
    static ApiResponse await(Progress progress, String waitingFor, Supplier<ApiResponse> call,
                             Predicate<ApiResponse> pending) throws InterruptedException {
        long deadline = System.nanoTime() + TIMEOUT.toNanos();
        boolean reported = false;
        while (true) {
            ApiResponse response = call.get();
            if (!pending.test(response) || System.nanoTime() > deadline) {
                return response;
            }
            if (!reported) {
                progress.detail("waiting for " + waitingFor + " (" + response.status() + " " + response.problemCode() + ")");
                reported = true;
            }
            Thread.sleep(250);
        }
    }
}
