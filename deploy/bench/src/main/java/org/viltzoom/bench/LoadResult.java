package org.viltzoom.bench;

import java.util.Map;
import java.util.Set;
import org.HdrHistogram.Histogram;

/**
 * The outcome of one load phase.
 *
 * @param latencyMicros acknowledgement latency of every completed request; in open loop measured
 *     from the scheduled send time, so a stalled server also delays the requests queued behind it
 * @param acknowledgedSequences the sequence numbers of the requests answered with 204
 * @param otherOutcomes status codes other than 204, and exception class names, with their counts
 */
record LoadResult(long sent, long acknowledged, double elapsedSeconds, Histogram latencyMicros,
                  Set<Integer> acknowledgedSequences, Map<String, Long> otherOutcomes) {

    double acknowledgedPerSecond() {
        return acknowledged / elapsedSeconds;
    }

    double percentileMillis(double percentile) {
        return latencyMicros.getValueAtPercentile(percentile) / 1000.0;
    }
}
