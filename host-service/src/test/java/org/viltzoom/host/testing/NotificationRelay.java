package org.viltzoom.host.testing;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Properties;
import java.util.concurrent.ExecutionException;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.StringSerializer;
import org.viltzoom.kernel.event.Topics;
import org.viltzoom.kernel.event.ZoomNotifications;

/**
 * A stand-in for attendance-service's webhook endpoint: it receives the Zoom simulator's
 * notifications on loopback and puts each body, unchanged, on {@code zoom.notifications.v1} in
 * the format that endpoint uses (key {@code payload.account_id}, app id and receipt headers).
 * It does not verify signatures: that is attendance-service's job, tested there.
 */
public final class NotificationRelay implements AutoCloseable {

    private static final ObjectMapper JSON = new ObjectMapper();

    private final HttpServer server;
    private volatile KafkaProducer<String, String> producer;
    private volatile boolean paused;

    private NotificationRelay(HttpServer server) {
        this.server = server;
    }

    public static NotificationRelay start() {
        try {
            HttpServer server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
            NotificationRelay relay = new NotificationRelay(server);
            server.createContext("/zoom/webhooks/", relay::handle);
            server.start();
            return relay;
        } catch (IOException e) {
            throw new IllegalStateException("Cannot start the notification relay", e);
        }
    }

    /** Returns the webhook URL of a Zoom app, for the simulator's seed. */
    public String webhookUrl(String appId) {
        return "http://127.0.0.1:" + server.getAddress().getPort() + "/zoom/webhooks/" + appId;
    }

    /**
     * Connects to the test's Kafka broker. Until then notifications get 503, so the simulator
     * delivers them again later.
     */
    public synchronized void connect(String bootstrapServers) {
        if (producer != null) {
            return;
        }
        Properties properties = new Properties();
        properties.put(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers);
        properties.put(ProducerConfig.ACKS_CONFIG, "all");
        properties.put(ProducerConfig.KEY_SERIALIZER_CLASS_CONFIG, StringSerializer.class.getName());
        properties.put(ProducerConfig.VALUE_SERIALIZER_CLASS_CONFIG, StringSerializer.class.getName());
        producer = new KafkaProducer<>(properties);
    }

    /**
     * Acknowledges and drops notifications until {@link #resume()}, as if Zoom had given up on
     * them, so that tests can show what the resync repairs.
     */
    public void pause() {
        paused = true;
    }

    public void resume() {
        paused = false;
    }

    @Override
    public void close() {
        server.stop(0);
        if (producer != null) {
            producer.close();
        }
    }

    private void handle(HttpExchange exchange) throws IOException {
        try (exchange) {
            String body = new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
            if (paused) {
                exchange.sendResponseHeaders(204, -1);
                return;
            }
            if (producer == null) {
                exchange.sendResponseHeaders(503, -1);
                return;
            }
            String path = exchange.getRequestURI().getPath();
            String appId = path.substring(path.lastIndexOf('/') + 1);
            String zoomAccountId = JSON.readTree(body).path("payload").path("account_id").asText("");

            ProducerRecord<String, String> record = new ProducerRecord<>(Topics.ZOOM_NOTIFICATIONS, zoomAccountId, body);
            record.headers().add(ZoomNotifications.APP_ID_HEADER, appId.getBytes(StandardCharsets.UTF_8));
            record.headers().add(ZoomNotifications.RECEIVED_AT_HEADER,
                    Instant.now().toString().getBytes(StandardCharsets.UTF_8));
            producer.send(record).get();
            exchange.sendResponseHeaders(204, -1);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            exchange.sendResponseHeaders(503, -1);
        } catch (ExecutionException e) {
            exchange.sendResponseHeaders(503, -1);
        }
    }
}
