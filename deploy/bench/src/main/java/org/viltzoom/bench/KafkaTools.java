package org.viltzoom.bench;

import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.stream.Collectors;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.OffsetSpec;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.consumer.OffsetAndMetadata;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.StringDeserializer;

/** Consumer-group offsets and plain consumers on the local stack's broker. */
final class KafkaTools implements AutoCloseable {

    private final String bootstrapServers;
    private final Admin admin;

    KafkaTools(String bootstrapServers) {
        this.bootstrapServers = bootstrapServers;
        this.admin = Admin.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers));
    }

    String bootstrapServers() {
        return bootstrapServers;
    }

    KafkaConsumer<String, String> consumer() {
        Map<String, Object> config = new HashMap<>();
        config.put(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers);
        config.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, false);
        config.put(ConsumerConfig.MAX_POLL_RECORDS_CONFIG, 5000);
        return new KafkaConsumer<>(config, new StringDeserializer(), new StringDeserializer());
    }

    List<TopicPartition> partitionsOf(String topic) throws ExecutionException, InterruptedException {
        return admin.describeTopics(List.of(topic)).allTopicNames().get().get(topic).partitions().stream()
                .map(partition -> new TopicPartition(topic, partition.partition()))
                .toList();
    }

    Map<TopicPartition, Long> endOffsets(String topic) throws ExecutionException, InterruptedException {
        Map<TopicPartition, OffsetSpec> latest = partitionsOf(topic).stream()
                .collect(Collectors.toMap(partition -> partition, partition -> OffsetSpec.latest()));
        return admin.listOffsets(latest).all().get().entrySet().stream()
                .collect(Collectors.toMap(Map.Entry::getKey, entry -> entry.getValue().offset()));
    }

    /** Returns how many records of the topic the group has not committed yet. */
    long lag(String group, String topic) throws ExecutionException, InterruptedException {
        Map<TopicPartition, OffsetAndMetadata> committed =
                admin.listConsumerGroupOffsets(group).partitionsToOffsetAndMetadata().get();
        long lag = 0;
        for (Map.Entry<TopicPartition, Long> end : endOffsets(topic).entrySet()) {
            OffsetAndMetadata done = committed.get(end.getKey());
            lag += end.getValue() - (done == null ? 0 : done.offset());
        }
        return lag;
    }

    /**
     * Waits until the group has committed every record of the topic.
     *
     * @return the seconds waited
     * @throws TimeoutException if records are still uncommitted after the limit
     */
    double awaitNoLag(String group, String topic, Duration limit)
            throws ExecutionException, InterruptedException, TimeoutException {
        long started = System.nanoTime();
        long deadline = started + limit.toNanos();
        while (lag(group, topic) > 0) {
            if (System.nanoTime() > deadline) {
                throw new TimeoutException("group " + group + " still lags " + lag(group, topic) + " records on "
                        + topic + " after " + limit.toSeconds() + " s");
            }
            Thread.sleep(50);
        }
        return (System.nanoTime() - started) / 1e9;
    }

    /**
     * Moves a group that has no running member to the end of a topic, so that a service started
     * next skips what an earlier phase left there.
     */
    void skipToEnd(String group, String topic) throws ExecutionException, InterruptedException, TimeoutException {
        awaitNoMembers(group, Duration.ofSeconds(90));
        Map<TopicPartition, OffsetAndMetadata> end = endOffsets(topic).entrySet().stream()
                .collect(Collectors.toMap(Map.Entry::getKey, entry -> new OffsetAndMetadata(entry.getValue())));
        admin.alterConsumerGroupOffsets(group, end).all().get(30, TimeUnit.SECONDS);
    }

    /**
     * Waits until a group has no members. A consumer of a process that was killed stays a member
     * until its session times out, and the broker rejects offset changes while it does.
     */
    private void awaitNoMembers(String group, Duration limit)
            throws ExecutionException, InterruptedException, TimeoutException {
        long deadline = System.nanoTime() + limit.toNanos();
        while (!admin.describeConsumerGroups(List.of(group)).all().get().get(group).members().isEmpty()) {
            if (System.nanoTime() > deadline) {
                throw new TimeoutException("consumer group " + group + " still has members after " + limit.toSeconds() + " s");
            }
            Thread.sleep(500);
        }
    }

    boolean topicExists(String topic) throws ExecutionException, InterruptedException {
        return admin.listTopics().names().get().contains(topic);
    }

    @Override
    public void close() {
        admin.close(Duration.ofSeconds(5));
    }
}
