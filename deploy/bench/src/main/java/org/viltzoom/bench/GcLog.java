package org.viltzoom.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Heap figures from a unified GC log ({@code -Xlog:gc:file=...}): every pause line ends with
 * {@code <before>M-><after>M(<committed>M)}.
 *
 * @param maxBeforeGcMiB the most heap in use that any collection found
 * @param maxAfterGcMiB the most heap still in use after a collection: the peak live data, roughly
 * @param maxCommittedMiB the most heap committed
 */
record GcLog(int collections, long maxBeforeGcMiB, long maxAfterGcMiB, long maxCommittedMiB) {

    private static final Pattern PAUSE = Pattern.compile("(\\d+)M->(\\d+)M\\((\\d+)M\\)");

    static GcLog read(Path file) throws IOException {
        int collections = 0;
        long before = 0;
        long after = 0;
        long committed = 0;
        for (String line : Files.readAllLines(file)) {
            Matcher matcher = PAUSE.matcher(line);
            if (matcher.find()) {
                collections++;
                before = Math.max(before, Long.parseLong(matcher.group(1)));
                after = Math.max(after, Long.parseLong(matcher.group(2)));
                committed = Math.max(committed, Long.parseLong(matcher.group(3)));
            }
        }
        return new GcLog(collections, before, after, committed);
    }
}
