package org.viltzoom.bench;

import java.time.Duration;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ExecutionException;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.TopicPartition;
import org.viltzoom.kernel.event.Topics;

/**
 * Reads {@code zoom.notifications.v1} from the beginning with a plain consumer and collects the
 * participant_uuid of every record that carries the run's marker, so that each acknowledged
 * request can be checked against what Kafka stored.
 */
final class TopicAudit {

    private static final String PARTICIPANT_UUID_FIELD = "\"participant_uuid\":\"";

    private TopicAudit() {
    }

    /** Returns the participant_uuids on the topic that start with the marker. */
    static Set<String> participantUuidsOnTopic(KafkaTools kafka, String marker)
            throws ExecutionException, InterruptedException {
        Map<TopicPartition, Long> end = kafka.endOffsets(Topics.ZOOM_NOTIFICATIONS);
        Set<String> found = new HashSet<>();
        try (KafkaConsumer<String, String> consumer = kafka.consumer()) {
            List<TopicPartition> partitions = List.copyOf(end.keySet());
            consumer.assign(partitions);
            consumer.seekToBeginning(partitions);
            while (partitions.stream().anyMatch(partition -> consumer.position(partition) < end.get(partition))) {
                for (ConsumerRecord<String, String> record : consumer.poll(Duration.ofMillis(500))) {
                    String uuid = participantUuid(record.value());
                    if (uuid != null && uuid.startsWith(marker)) {
                        found.add(uuid);
                    }
                }
            }
        }
        return found;
    }

    static String participantUuid(String body) {
        int start = body.indexOf(PARTICIPANT_UUID_FIELD);
        if (start < 0) {
            return null;
        }
        start += PARTICIPANT_UUID_FIELD.length();
        int end = body.indexOf('"', start);
        return end < 0 ? null : body.substring(start, end);
    }
}
