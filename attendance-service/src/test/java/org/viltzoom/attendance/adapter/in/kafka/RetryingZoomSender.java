package org.viltzoom.attendance.adapter.in.kafka;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.HexFormat;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * Delivers signed notifications one at a time the way Zoom does after a failed delivery: the same
 * bytes again, re-signed with a current timestamp, until the endpoint answers 2xx. Zoom waits
 * minutes between retries; this sender waits {@code pause}, and gives up at {@code deadline}.
 */
final class RetryingZoomSender {

    /** One response: its status and how long the endpoint took to send it. */
    record Answer(int status, Duration latency) {
    }

    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
    private final URI endpoint;
    private final String secret;
    private final Duration pause;
    private final List<Answer> answers = new CopyOnWriteArrayList<>();
    private final List<String> acknowledged = new CopyOnWriteArrayList<>();

    RetryingZoomSender(URI endpoint, String secret, Duration pause) {
        this.endpoint = endpoint;
        this.secret = secret;
        this.pause = pause;
    }

    /** Sends each body until it is acknowledged; returns false when the deadline passed first. */
    boolean deliverAll(List<String> bodies, Instant deadline) throws InterruptedException {
        for (String body : bodies) {
            while (!deliverOnce(body)) {
                if (Instant.now().isAfter(deadline)) {
                    return false;
                }
                Thread.sleep(pause.toMillis());
            }
            acknowledged.add(body);
        }
        return true;
    }

    List<Answer> answers() {
        return answers;
    }

    List<String> acknowledged() {
        return acknowledged;
    }

    long answersWithStatus(int status) {
        return answers.stream().filter(answer -> answer.status() == status).count();
    }

    private boolean deliverOnce(String body) throws InterruptedException {
        String timestamp = Long.toString(Instant.now().getEpochSecond());
        HttpRequest request = HttpRequest.newBuilder(endpoint)
                .timeout(Duration.ofSeconds(10))
                .header("Content-Type", "application/json; charset=utf-8")
                .header("x-zm-request-timestamp", timestamp)
                .header("x-zm-signature", "v0=" + hmacHex("v0:" + timestamp + ":" + body))
                .POST(HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8))
                .build();
        long started = System.nanoTime();
        try {
            HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString());
            answers.add(new Answer(response.statusCode(), Duration.ofNanos(System.nanoTime() - started)));
            return response.statusCode() / 100 == 2;
        } catch (IOException e) {
            answers.add(new Answer(0, Duration.ofNanos(System.nanoTime() - started)));
            return false;
        }
    }

    private String hmacHex(String message) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
            return HexFormat.of().formatHex(mac.doFinal(message.getBytes(StandardCharsets.UTF_8)));
        } catch (Exception e) {
            throw new AssertionError(e);
        }
    }
}
