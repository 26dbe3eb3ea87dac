package org.viltzoom.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.time.Duration;
import java.util.List;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/** Facts about this machine for the report, and the wait for a quiet machine. */
final class Machine {

    static final int REFERENCE_SIGNATURES = 200_000;

    private Machine() {
    }

    static double oneMinuteLoad() throws IOException {
        return Double.parseDouble(Files.readString(Path.of("/proc/loadavg")).trim().split("\\s+")[0]);
    }

    static String loadAverages() throws IOException {
        String[] fields = Files.readString(Path.of("/proc/loadavg")).trim().split("\\s+");
        return fields[0] + " / " + fields[1] + " / " + fields[2];
    }

    /**
     * Polls the 1-minute load every minute until it is below the threshold or the limit passed.
     *
     * @return a sentence for the report about how the wait ended
     */
    static String awaitQuiet(double threshold, Duration limit) throws IOException, InterruptedException {
        long started = System.nanoTime();
        while (oneMinuteLoad() >= threshold) {
            long waited = System.nanoTime() - started;
            if (waited >= limit.toNanos()) {
                return String.format("The machine never got quiet: the 1-minute load was still %.2f (threshold %.2f) "
                        + "after waiting %d minutes, so the runs went ahead on a busy machine.",
                        oneMinuteLoad(), threshold, limit.toMinutes());
            }
            System.out.printf("1-minute load %.2f >= %.2f; waiting (%d of %d minutes)%n", oneMinuteLoad(), threshold,
                    waited / 60_000_000_000L, limit.toMinutes());
            Thread.sleep(60_000);
        }
        return String.format("The 1-minute load was %.2f (below %.2f) when the runs started, after waiting %d s.",
                oneMinuteLoad(), threshold, (System.nanoTime() - started) / 1_000_000_000L);
    }

    /**
     * Times a fixed task on one thread: HMAC-SHA256 over a 1 KiB body, as the webhook verifies
     * each notification, {@value #REFERENCE_SIGNATURES} times after a warm-up of a tenth of that.
     *
     * @return the seconds it took
     */
    static double referenceTaskSeconds() throws GeneralSecurityException {
        Mac mac = Mac.getInstance("HmacSHA256");
        mac.init(new SecretKeySpec(new byte[32], "HmacSHA256"));
        byte[] body = new byte[1024];
        for (int i = 0; i < REFERENCE_SIGNATURES / 10; i++) {
            mac.doFinal(body);
        }
        long started = System.nanoTime();
        for (int i = 0; i < REFERENCE_SIGNATURES; i++) {
            mac.doFinal(body);
        }
        return (System.nanoTime() - started) / 1e9;
    }

    static String cpuModel() throws IOException {
        return Files.readAllLines(Path.of("/proc/cpuinfo")).stream()
                .filter(line -> line.startsWith("model name"))
                .map(line -> line.substring(line.indexOf(':') + 1).trim())
                .findFirst().orElse("unknown");
    }

    static long memoryMiB() throws IOException {
        for (String line : Files.readAllLines(Path.of("/proc/meminfo"))) {
            if (line.startsWith("MemTotal:")) {
                return Long.parseLong(line.replaceAll("\\D+", "")) / 1024;
            }
        }
        return -1;
    }

    static String kernel() throws IOException {
        return Files.readString(Path.of("/proc/sys/kernel/osrelease")).trim();
    }

    static List<String> describe() throws IOException {
        return List.of(
                "CPU: " + cpuModel() + ", " + Runtime.getRuntime().availableProcessors() + " cores",
                "Memory: " + memoryMiB() + " MiB",
                "Linux " + kernel(),
                "Java: " + System.getProperty("java.vm.name") + " " + System.getProperty("java.runtime.version"));
    }
}
