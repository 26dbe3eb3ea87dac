package org.viltzoom.event.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import org.viltzoom.event.application.port.out.WriteBudgets;
import org.viltzoom.kernel.zoom.RateLimitInfo;

/**
 * The per-host daily Zoom write limit as this service counts it. Reservations are made before a
 * Zoom call and given back when the call did not happen, so the count never falls behind Zoom's.
 */
@ApplicationScoped
class DailyWriteBudget {

    @Inject
    WriteBudgets budgets;

    @Inject
    EventSettings settings;

    @Inject
    Clock clock;

    /** Writes one delete costs: 1 when deletes count against the limit, otherwise 0. */
    int deleteCost() {
        return settings.dailyLimitCountsDeletes() ? 1 : 0;
    }

    /**
     * Reserves a create under {@code createHost} and a delete under {@code deleteHost} together,
     * so that a replacement never starts with budget for only one of them.
     */
    boolean reserveReplacement(String createHost, String deleteHost) {
        LocalDate day = today();
        int limit = settings.dailyMeetingWrites();
        if (createHost.equals(deleteHost)) {
            return budgets.tryReserve(createHost, day, 1 + deleteCost(), limit);
        }
        if (!budgets.tryReserve(createHost, day, 1, limit)) {
            return false;
        }
        if (deleteCost() > 0 && !budgets.tryReserve(deleteHost, day, deleteCost(), limit)) {
            budgets.release(createHost, day, 1);
            return false;
        }
        return true;
    }

    boolean reserve(String host, int writes) {
        return writes == 0 || budgets.tryReserve(host, today(), writes, settings.dailyMeetingWrites());
    }

    void release(String host, int writes) {
        if (writes > 0) {
            budgets.release(host, today(), writes);
        }
    }

    void exhaust(String host) {
        budgets.exhaust(host, today(), settings.dailyMeetingWrites());
    }

    int limit() {
        return settings.dailyMeetingWrites();
    }

    Instant nextReset() {
        return RateLimitInfo.nextDailyReset(clock.instant());
    }

    private LocalDate today() {
        return clock.instant().atZone(ZoneOffset.UTC).toLocalDate();
    }
}
