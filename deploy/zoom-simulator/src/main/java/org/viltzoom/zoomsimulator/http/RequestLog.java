package org.viltzoom.zoomsimulator.http;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * Every request the simulator answered, for tests that assert which Zoom calls were made. Only
 * method, path and status are kept: query strings and headers can carry tokens.
 */
public class RequestLog {

    public record Entry(Instant at, String method, String path, int status) {
    }

    private final List<Entry> entries = new ArrayList<>();

    public synchronized void add(Entry entry) {
        entries.add(entry);
    }

    public synchronized List<Entry> entries() {
        return List.copyOf(entries);
    }

    public synchronized long count(String method, String pathRegex) {
        return entries.stream()
                .filter(entry -> entry.method().equalsIgnoreCase(method) && entry.path().matches(pathRegex))
                .count();
    }

    public synchronized void clear() {
        entries.clear();
    }
}
