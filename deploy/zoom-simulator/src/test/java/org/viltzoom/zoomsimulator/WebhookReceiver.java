package org.viltzoom.zoomsimulator;

import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;
import org.viltzoom.zoomsimulator.webhooks.WebhookSignature;

/** A webhook endpoint on 127.0.0.1 for tests. It records requests and responds with a settable status. */
final class WebhookReceiver implements AutoCloseable {

    record Received(String path, Map<String, List<String>> headers, byte[] body) {
        String header(String name) {
            return headers.entrySet().stream()
                    .filter(entry -> entry.getKey().equalsIgnoreCase(name))
                    .map(entry -> entry.getValue().get(0)).findFirst().orElse(null);
        }

        String text() {
            return new String(body, StandardCharsets.UTF_8);
        }
    }

    private final HttpServer server;
    final List<Received> received = new CopyOnWriteArrayList<>();
    volatile int status = 200;
    volatile long delayMs = 0;
    private final AtomicInteger inFlight = new AtomicInteger();
    /** The maximum of requests this receiver handled at once since it started or this was reset. */
    final AtomicInteger mostInFlight = new AtomicInteger();
    /** Secret token per path, used to respond to the URL validation challenge like a correct endpoint. */
    volatile Function<String, String> secretForPath = path -> null;

    WebhookReceiver() throws IOException {
        server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        server.setExecutor(Executors.newFixedThreadPool(8));
        server.createContext("/", exchange -> {
            mostInFlight.accumulateAndGet(inFlight.incrementAndGet(), Math::max);
            byte[] body = exchange.getRequestBody().readAllBytes();
            if (delayMs > 0) {
                try {
                    Thread.sleep(delayMs);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
            }
            received.add(new Received(exchange.getRequestURI().getPath(), Map.copyOf(exchange.getRequestHeaders()), body));
            // Before the response, which lets the simulator send the next notification at once.
            inFlight.decrementAndGet();
            String text = new String(body, StandardCharsets.UTF_8);
            String secret = secretForPath.apply(exchange.getRequestURI().getPath());
            byte[] answer = new byte[0];
            if (secret != null && text.contains("endpoint.url_validation")) {
                String plain = text.replaceAll(".*\"plainToken\":\"([^\"]+)\".*", "$1");
                answer = ("{\"plainToken\":\"" + plain + "\",\"encryptedToken\":\""
                        + WebhookSignature.encryptedToken(secret, plain) + "\"}").getBytes(StandardCharsets.UTF_8);
                exchange.sendResponseHeaders(200, answer.length);
            } else {
                exchange.sendResponseHeaders(status, status == 204 ? -1 : answer.length);
            }
            exchange.getResponseBody().write(answer);
            exchange.close();
        });
        server.start();
    }

    String url(String path) {
        return "http://127.0.0.1:" + server.getAddress().getPort() + path;
    }

    /** Waits in real time, at most five seconds, until the count of received notifications of the event is reached. */
    List<Received> await(String event, int count) throws InterruptedException {
        long deadline = System.nanoTime() + 5_000_000_000L;
        while (events(event).size() < count && System.nanoTime() < deadline) {
            Thread.sleep(10);
        }
        return events(event);
    }

    List<Received> events(String event) {
        return received.stream().filter(r -> r.text().contains("\"event\":\"" + event + "\"")).toList();
    }

    @Override
    public void close() {
        server.stop(0);
    }
}
