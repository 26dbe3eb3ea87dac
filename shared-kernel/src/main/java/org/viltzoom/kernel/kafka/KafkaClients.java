package org.viltzoom.kernel.kafka;

import io.smallrye.common.annotation.Identifier;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.HashMap;
import java.util.Map;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Creates Kafka clients from the {@code kafka.*} properties that quarkus-kafka-client collects,
 * with the settings the outbox and inbox rely on.
 */
@ApplicationScoped
public class KafkaClients {

    private static final String[] CLIENT_PREFIXES = {"bootstrap.servers", "security.", "sasl.", "ssl.", "client.dns"};

    private static final int LINGER_MILLIS = 5;

    /**
     * The largest domain event a producer accepts, before compression. The AttendanceFinalized of
     * a 10,000-learner webinar is about 1.4 MB of JSON, beyond Kafka's 1 MiB default.
     */
    public static final int MAX_RECORD_BYTES = 16 * 1024 * 1024;

    private final Map<String, Object> brokerConfig;
    private final String applicationName;

    @Inject
    KafkaClients(@Identifier("default-kafka-broker") Map<String, Object> brokerConfig,
                 @ConfigProperty(name = "quarkus.application.name") String applicationName) {
        this.brokerConfig = brokerConfig;
        this.applicationName = applicationName;
    }

    /**
     * Creates a producer that keeps the order of sends per partition and loses no acknowledged record:
     * idempotence on, {@code acks=all}, at most 5 requests in flight (the idempotent maximum).
     */
    public KafkaProducer<String, String> reliableProducer(String purpose, long deliveryTimeoutMillis) {
        Map<String, Object> config = reliableProducerConfig(purpose, deliveryTimeoutMillis);
        config.put(ProducerConfig.VALUE_SERIALIZER_CLASS_CONFIG, StringSerializer.class.getName());

        // The producer checks a record's size before compression, and the broker checks the compressed
        // batch against the topic's max.message.bytes. lz4 shrinks JSON, whose field names repeat.
        config.put(ProducerConfig.COMPRESSION_TYPE_CONFIG, "lz4");
        config.put(ProducerConfig.MAX_REQUEST_SIZE_CONFIG, MAX_RECORD_BYTES);
        return new KafkaProducer<>(config);
    }

    /**
     * Creates a reliable producer of raw bytes that gives up within the delivery timeout, waiting
     * for broker metadata included, for callers that must respond within a deadline.
     */
    public KafkaProducer<String, byte[]> reliableBytesProducer(String purpose, long deliveryTimeoutMillis) {
        Map<String, Object> config = reliableProducerConfig(purpose, deliveryTimeoutMillis);
        config.put(ProducerConfig.VALUE_SERIALIZER_CLASS_CONFIG, ByteArraySerializer.class.getName());
        config.put(ProducerConfig.MAX_BLOCK_MS_CONFIG, deliveryTimeoutMillis);
        return new KafkaProducer<>(config);
    }

    private Map<String, Object> reliableProducerConfig(String purpose, long deliveryTimeoutMillis) {
        Map<String, Object> config = connectionConfig();
        config.put(ProducerConfig.CLIENT_ID_CONFIG, applicationName + "-" + purpose);
        config.put(ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG, true);
        config.put(ProducerConfig.ACKS_CONFIG, "all");
        config.put(ProducerConfig.MAX_IN_FLIGHT_REQUESTS_PER_CONNECTION, 5);
        config.put(ProducerConfig.DELIVERY_TIMEOUT_MS_CONFIG, (int) deliveryTimeoutMillis);
        // Kafka requires delivery.timeout.ms >= linger.ms + request.timeout.ms.
        config.put(ProducerConfig.LINGER_MS_CONFIG, LINGER_MILLIS);
        config.put(ProducerConfig.REQUEST_TIMEOUT_MS_CONFIG,
                (int) Math.max(1_000, Math.min(deliveryTimeoutMillis - LINGER_MILLIS, 30_000)));
        config.put(ProducerConfig.KEY_SERIALIZER_CLASS_CONFIG, StringSerializer.class.getName());
        return config;
    }

    /** Creates a consumer whose offsets the caller commits after the inbox transaction. */
    public KafkaConsumer<String, String> manualCommitConsumer(String groupId, int maxPollRecords) {
        Map<String, Object> config = connectionConfig();
        config.put(ConsumerConfig.GROUP_ID_CONFIG, groupId);
        config.put(ConsumerConfig.CLIENT_ID_CONFIG, groupId + "-" + Long.toHexString(System.nanoTime()));
        config.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, false);
        config.put(ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest");
        config.put(ConsumerConfig.ISOLATION_LEVEL_CONFIG, "read_committed");
        config.put(ConsumerConfig.MAX_POLL_RECORDS_CONFIG, maxPollRecords);
        config.put(ConsumerConfig.KEY_DESERIALIZER_CLASS_CONFIG, StringDeserializer.class.getName());
        config.put(ConsumerConfig.VALUE_DESERIALIZER_CLASS_CONFIG, StringDeserializer.class.getName());
        return new KafkaConsumer<>(config);
    }

    public Admin admin() {
        Map<String, Object> config = connectionConfig();
        config.put(AdminClientConfig.CLIENT_ID_CONFIG, applicationName + "-admin");
        return Admin.create(config);
    }

    /** Only the connection and security properties: the rest of {@code kafka.*} is per client. */
    private Map<String, Object> connectionConfig() {
        Map<String, Object> config = new HashMap<>();
        brokerConfig.forEach((key, value) -> {
            for (String prefix : CLIENT_PREFIXES) {
                if (key.startsWith(prefix)) {
                    config.put(key, value);
                }
            }
        });
        return config;
    }
}
