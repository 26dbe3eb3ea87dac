package org.viltzoom.zoomsimulator;

import java.nio.file.Path;
import java.util.concurrent.CountDownLatch;

/** Command line: {@code java -jar zoom-simulator-runner.jar [--host H] [--port N] [--seed FILE] [--random-seed N]}. */
public final class SimulatorMain {

    private static final String USAGE = """
            Usage: java -jar zoom-simulator-<version>-runner.jar [options]
              --host HOST         interface to listen on (default 127.0.0.1)
              --port PORT         TCP port; 0 picks a free one (default 9900)
              --seed FILE         JSON seed file with accounts, users, apps, meetings and more
              --random-seed N     seed of generated ids, for repeatable runs (default 42)
            """;

    private SimulatorMain() {
    }

    public static void main(String[] args) throws InterruptedException {
        String host = "127.0.0.1";
        int port = 9900;
        Path seed = null;
        long randomSeed = 42L;
        for (int i = 0; i < args.length; i++) {
            String option = args[i];
            if ("--help".equals(option) || "-h".equals(option)) {
                System.out.print(USAGE);
                return;
            }
            if (i + 1 >= args.length) {
                fail("Missing value for " + option);
            }
            String value = args[++i];
            switch (option) {
                case "--host" -> host = value;
                case "--port" -> port = parseInt(option, value);
                case "--seed" -> seed = Path.of(value);
                case "--random-seed" -> randomSeed = parseInt(option, value);
                default -> fail("Unknown option: " + option);
            }
        }

        ZoomSimulator simulator;
        try {
            simulator = ZoomSimulator.start(host, port, seed, randomSeed);
        } catch (IllegalArgumentException | IllegalStateException e) {
            System.err.println("zoom-simulator: " + e.getMessage());
            System.exit(1);
            return;
        }
        System.out.println("Zoom simulator ready at " + simulator.baseUrl());
        CountDownLatch stopped = new CountDownLatch(1);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            simulator.close();
            stopped.countDown();
        }));
        stopped.await();
    }

    private static int parseInt(String option, String value) {
        try {
            return Integer.parseInt(value);
        } catch (NumberFormatException e) {
            fail("Invalid number for " + option + ": " + value);
            return 0;
        }
    }

    private static void fail(String message) {
        System.err.println(message);
        System.err.print(USAGE);
        System.exit(2);
    }
}
