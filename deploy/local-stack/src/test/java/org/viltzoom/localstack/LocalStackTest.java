package org.viltzoom.localstack;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class LocalStackTest {

    private static LocalStack stack;

    @BeforeAll
    static void start() throws Exception {
        stack = LocalStack.start();
    }

    @AfterAll
    static void stop() {
        stack.close();
    }

    @Test
    void databaseIsCreatedUsableAndDropped() throws Exception {
        String database = TestDatabases.newName("local-stack");
        stack.postgres().createDatabase(database);

        try (Connection connection = DriverManager.getConnection(stack.postgres().jdbcUrl(database),
                stack.postgres().username(), stack.postgres().password());
             ResultSet row = connection.createStatement().executeQuery("select current_database()")) {
            row.next();
            assertThat(row.getString(1)).isEqualTo(database);
        }

        stack.postgres().dropDatabase(database);
        assertThat(databaseExists(database)).isFalse();
    }

    @Test
    void createIfMissingKeepsAnExistingDatabase() throws Exception {
        String database = "vilt_local_stack_test_keep";
        stack.postgres().createDatabaseIfMissing(database);
        stack.postgres().createDatabaseIfMissing(database);

        assertThat(databaseExists(database)).isTrue();
        stack.postgres().dropDatabase(database);
    }

    @Test
    void databasesOfKilledTestJvmsAreDropped() throws Exception {
        // No process has this pid: Linux pids stay below 2^22.
        String abandoned = "vilt_test_crashed_999999999_1";
        stack.postgres().createDatabase(abandoned);

        TestDatabases.dropAbandoned(stack.postgres());

        assertThat(databaseExists(abandoned)).isFalse();
    }

    @Test
    void brokerTakesAndReturnsRecords() throws Exception {
        String topic = "local-stack-test-" + UUID.randomUUID();
        String bootstrap = stack.kafka().bootstrapServers();
        try (Admin admin = Admin.create(Map.of("bootstrap.servers", bootstrap))) {
            admin.createTopics(List.of(new NewTopic(topic, 1, (short) 1))).all().get();
        }

        try (KafkaProducer<String, String> producer = new KafkaProducer<>(Map.of(
                "bootstrap.servers", bootstrap, "acks", "all",
                "key.serializer", StringSerializer.class.getName(),
                "value.serializer", StringSerializer.class.getName()))) {
            producer.send(new ProducerRecord<>(topic, "key-1", "value-1")).get();
        }

        List<ConsumerRecord<String, String>> received = new ArrayList<>();
        try (KafkaConsumer<String, String> consumer = new KafkaConsumer<>(Map.of(
                "bootstrap.servers", bootstrap, "group.id", "local-stack-test", "auto.offset.reset", "earliest",
                "key.deserializer", StringDeserializer.class.getName(),
                "value.deserializer", StringDeserializer.class.getName()))) {
            consumer.subscribe(List.of(topic));
            long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
            while (received.isEmpty() && System.nanoTime() < deadline) {
                consumer.poll(Duration.ofMillis(200)).forEach(received::add);
            }
        }

        assertThat(received).hasSize(1);
        assertThat(received.get(0).key()).isEqualTo("key-1");
        assertThat(received.get(0).value()).isEqualTo("value-1");
    }

    private static boolean databaseExists(String database) throws Exception {
        try (Connection connection = DriverManager.getConnection(stack.postgres().jdbcUrl("postgres"),
                stack.postgres().username(), stack.postgres().password());
             var statement = connection.prepareStatement("select 1 from pg_database where datname = ?")) {
            statement.setString(1, database);
            try (ResultSet row = statement.executeQuery()) {
                return row.next();
            }
        }
    }
}
