package org.viltzoom.bench;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.errors.WakeupException;
import org.viltzoom.kernel.event.DomainEventJson;
import org.viltzoom.kernel.event.Topics;
import org.viltzoom.kernel.event.attendance.AttendanceFinalized;

/**
 * Watches {@code vilt.attendance.v1} from its current end and notes the moment the first
 * AttendanceFinalized of one training event arrives. Polls every 5 ms, so the moment is late by
 * at most about that.
 */
final class FinalizedWatcher implements AutoCloseable {

    private final KafkaConsumer<String, String> consumer;
    private final String trainingEventId;
    private final CountDownLatch arrived = new CountDownLatch(1);
    private final Thread thread;
    private volatile long arrivedNanos;
    private volatile String envelope;

    FinalizedWatcher(KafkaTools kafka, String trainingEventId) throws ExecutionException, InterruptedException {
        this.consumer = kafka.consumer();
        this.trainingEventId = trainingEventId;
        List<TopicPartition> partitions = kafka.partitionsOf(Topics.ATTENDANCE);
        consumer.assign(partitions);
        consumer.seekToEnd(partitions);
        // position() resolves the end now, so that nothing published after this constructor is missed.
        partitions.forEach(consumer::position);
        this.thread = new Thread(this::poll, "finalized-watcher");
        thread.start();
    }

    private void poll() {
        try {
            while (arrived.getCount() > 0) {
                for (ConsumerRecord<String, String> record : consumer.poll(Duration.ofMillis(5))) {
                    if (trainingEventId.equals(record.key())
                            && AttendanceFinalized.TYPE.equals(DomainEventJson.readType(record.value()))) {
                        arrivedNanos = System.nanoTime();
                        envelope = record.value();
                        arrived.countDown();
                        return;
                    }
                }
            }
        } catch (WakeupException e) {
            // close() ends the wait.
        } finally {
            consumer.close();
        }
    }

    /** Returns the System.nanoTime() of arrival, or -1 if none arrived within the limit. */
    long awaitArrival(Duration limit) throws InterruptedException {
        return arrived.await(limit.toMillis(), TimeUnit.MILLISECONDS) ? arrivedNanos : -1;
    }

    String envelope() {
        return envelope;
    }

    @Override
    public void close() throws InterruptedException {
        if (thread.isAlive()) {
            consumer.wakeup();
        }
        thread.join(5_000);
    }
}
