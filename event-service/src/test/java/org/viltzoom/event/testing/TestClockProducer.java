package org.viltzoom.event.testing;

import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;
import java.time.Clock;

/** Replaces the kernel's default system clock with {@link TestClock}. */
public class TestClockProducer {

    @Produces
    @Singleton
    Clock testClock() {
        return TestClock.INSTANCE;
    }
}
