package org.viltzoom.bench;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import jdk.jfr.consumer.RecordedEvent;
import jdk.jfr.consumer.RecordedFrame;
import jdk.jfr.consumer.RecordingFile;

/**
 * Summarizes a flight recording's CPU samples ({@code jdk.ExecutionSample}), as {@code jfr print
 * --events jdk.ExecutionSample} shows them: the methods on top of the stack, and for each sample
 * the innermost method of this project's code, which shows which of its paths used the CPU.
 */
final class JfrSummary {

    record Line(String method, long samples, double share) {
    }

    record Summary(long samples, List<Line> topFrames, List<Line> projectFrames) {
    }

    private JfrSummary() {
    }

    static Summary read(Path recording, int limit) throws IOException {
        Map<String, Long> top = new HashMap<>();
        Map<String, Long> project = new HashMap<>();
        long samples = 0;
        try (RecordingFile file = new RecordingFile(recording)) {
            while (file.hasMoreEvents()) {
                RecordedEvent event = file.readEvent();
                if (!"jdk.ExecutionSample".equals(event.getEventType().getName()) || event.getStackTrace() == null) {
                    continue;
                }
                List<RecordedFrame> frames = event.getStackTrace().getFrames();
                if (frames.isEmpty()) {
                    continue;
                }
                samples++;
                top.merge(name(frames.get(0)), 1L, Long::sum);
                for (RecordedFrame frame : frames) {
                    if (frame.getMethod().getType().getName().startsWith("org.viltzoom.")) {
                        project.merge(name(frame), 1L, Long::sum);
                        break;
                    }
                }
            }
        }
        return new Summary(samples, ranked(top, samples, limit), ranked(project, samples, limit));
    }

    private static String name(RecordedFrame frame) {
        return frame.getMethod().getType().getName() + "." + frame.getMethod().getName();
    }

    private static List<Line> ranked(Map<String, Long> counts, long total, int limit) {
        List<Line> lines = new ArrayList<>();
        counts.entrySet().stream()
                .sorted(Map.Entry.<String, Long>comparingByValue().reversed())
                .limit(limit)
                .forEach(entry -> lines.add(new Line(entry.getKey(), entry.getValue(), 100.0 * entry.getValue() / total)));
        return lines;
    }
}
