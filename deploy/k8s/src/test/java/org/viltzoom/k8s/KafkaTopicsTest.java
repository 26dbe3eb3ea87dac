package org.viltzoom.k8s;

import static org.assertj.core.api.Assertions.assertThat;

import io.fabric8.kubernetes.api.model.ConfigMap;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.apache.kafka.common.config.TopicConfig;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.viltzoom.k8s.manifest.KafkaTopic;
import org.viltzoom.k8s.manifest.RenderedManifests;
import org.viltzoom.kernel.event.Topics;

/** A KafkaTopic exists for every topic in the kernel's Topics and its dead-letter topic, and for nothing else. */
class KafkaTopicsTest {

    private static final String WEEK_MILLIS = "604800000";
    private static final String KEEP_FOREVER = "-1";

    static List<String> overlays() {
        return Overlays.all();
    }

    @ParameterizedTest
    @MethodSource("overlays")
    void everyKernelTopicAndItsDeadLetterTopicExist(String overlay) {
        List<String> expected = Topics.ALL.stream()
                .flatMap(topic -> Stream.of(topic, Topics.deadLetterOf(topic)))
                .toList();

        assertThat(topics(overlay)).extracting(KafkaTopic::topicName).containsExactlyInAnyOrderElementsOf(expected);
    }

    @ParameterizedTest
    @MethodSource("overlays")
    void resourceNamesAreTopicNames(String overlay) {
        for (KafkaTopic topic : topics(overlay)) {
            assertThat(topic.metadata().getName()).isEqualTo(topic.spec().topicName());
        }
    }

    @ParameterizedTest
    @MethodSource("overlays")
    void topicsBelongToTheClusterOfTheBootstrapServers(String overlay) {
        RenderedManifests manifests = Overlays.rendered(overlay);
        String bootstrap = manifests.named(ConfigMap.class, "vilt-zoom-shared").orElseThrow()
                .getData().get("KAFKA_BOOTSTRAP_SERVERS");

        for (KafkaTopic topic : manifests.kafkaTopics()) {
            assertThat(topic.cluster()).as("strimzi.io/cluster of %s", topic.topicName()).isNotBlank();
            // Strimzi names the bootstrap Service of cluster C "C-kafka-bootstrap".
            assertThat(bootstrap).as("KAFKA_BOOTSTRAP_SERVERS").startsWith(topic.cluster() + "-kafka-bootstrap");
        }
    }

    @ParameterizedTest
    @MethodSource("overlays")
    void retentionFollowsTheKindOfTopic(String overlay) {
        for (KafkaTopic topic : topics(overlay)) {
            String name = topic.topicName();
            assertThat(topic.config("cleanup.policy")).as("cleanup.policy of %s", name).isEqualTo("delete");

            if (name.endsWith(Topics.DEAD_LETTER_SUFFIX)) {
                assertThat(Long.parseLong(topic.config("retention.ms"))).as("retention.ms of %s", name)
                        .isGreaterThanOrEqualTo(Long.parseLong(WEEK_MILLIS));
            } else if (name.equals(Topics.ZOOM_NOTIFICATIONS)) {
                assertThat(topic.config("retention.ms")).as("retention.ms of %s", name).isEqualTo(WEEK_MILLIS);
            } else {
                assertThat(topic.config("retention.ms")).as("retention.ms of %s", name).isEqualTo(KEEP_FOREVER);
            }
        }
    }

    @ParameterizedTest
    @MethodSource("overlays")
    void configurationsAreKafkaTopicConfigs(String overlay) {
        Set<String> known = knownTopicConfigs();

        for (KafkaTopic topic : topics(overlay)) {
            assertThat(known).as("topic configurations of %s", topic.topicName()).containsAll(topic.spec().config().keySet());
            assertThat(topic.spec().partitions()).as("partitions of %s", topic.topicName()).isPositive();
        }
    }

    /** Collects every name that kafka-clients' TopicConfig declares, so that a misspelled configuration fails. */
    private static Set<String> knownTopicConfigs() {
        return Arrays.stream(TopicConfig.class.getFields())
                .filter(field -> Modifier.isStatic(field.getModifiers()) && field.getName().endsWith("_CONFIG"))
                .map(KafkaTopicsTest::constantValue)
                .collect(Collectors.toSet());
    }

    private static String constantValue(Field field) {
        try {
            return (String) field.get(null);
        } catch (IllegalAccessException e) {
            throw new IllegalStateException(e);
        }
    }

    private static List<KafkaTopic> topics(String overlay) {
        return Overlays.rendered(overlay).kafkaTopics();
    }
}
