package org.viltzoom.zoomsimulator.faults;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

/** The list of injected faults; thread-safe. */
public class FaultInjector {

    private final List<FaultRule> rules = new ArrayList<>();
    private int lostTokenResponses = 0;

    public synchronized void add(FaultRule rule) {
        Pattern.compile(rule.pathPattern);
        rules.add(rule);
    }

    /** Returns the delay of the first latency rule that matches, and consumes one use of it. */
    public synchronized long takeLatency(String method, String path) {
        return take(method, path, true).map(rule -> rule.latencyMs).orElse(0L);
    }

    /** Returns the first matching rule that responds in place of the handler, and consumes one use of it. */
    public synchronized Optional<FaultRule> takeAnswer(String method, String path) {
        return take(method, path, false);
    }

    /** Makes the next refresh_token grants succeed in the store but lose their response. */
    public synchronized void loseTokenResponses(int count) {
        lostTokenResponses += count;
    }

    public synchronized boolean takeLostTokenResponse() {
        if (lostTokenResponses == 0) {
            return false;
        }
        lostTokenResponses--;
        return true;
    }

    public synchronized void clear() {
        rules.clear();
        lostTokenResponses = 0;
    }

    public synchronized int size() {
        return rules.size();
    }

    private Optional<FaultRule> take(String method, String path, boolean latency) {
        Iterator<FaultRule> iterator = rules.iterator();
        while (iterator.hasNext()) {
            FaultRule rule = iterator.next();
            boolean isLatency = rule.kind == FaultRule.Kind.LATENCY;
            if (isLatency != latency || !matches(rule, method, path)) {
                continue;
            }
            if (rule.times > 0) {
                rule.times--;
                if (rule.times == 0) {
                    iterator.remove();
                }
            }
            return Optional.of(rule);
        }
        return Optional.empty();
    }

    private static boolean matches(FaultRule rule, String method, String path) {
        boolean methodMatches = rule.method == null || rule.method.equalsIgnoreCase(method);
        return methodMatches && Pattern.matches(rule.pathPattern, path);
    }
}
