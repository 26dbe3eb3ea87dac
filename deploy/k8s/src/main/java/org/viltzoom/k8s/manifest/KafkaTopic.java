package org.viltzoom.k8s.manifest;

import io.fabric8.kubernetes.api.model.ObjectMeta;
import java.util.Map;

/**
 * Strimzi's KafkaTopic custom resource (kafka.strimzi.io/v1beta2), limited to the spec fields
 * these manifests use. Other Strimzi fields are rejected as unknown like misspelled ones, so a
 * manifest that starts using one has to add it here first.
 */
public record KafkaTopic(String apiVersion, String kind, ObjectMeta metadata, Spec spec) {

    public static final String API_VERSION = "kafka.strimzi.io/v1beta2";

    /** The label that names the Kafka cluster whose Topic Operator manages the topic. */
    public static final String CLUSTER_LABEL = "strimzi.io/cluster";

    /** The topic's settings; {@code config} contains Kafka topic configurations such as retention.ms. */
    public record Spec(String topicName, Integer partitions, Integer replicas, Map<String, Object> config) {
    }

    /** Returns the Kafka topic name: spec.topicName, or the resource name when that is absent, as Strimzi does. */
    public String topicName() {
        return spec.topicName() != null ? spec.topicName() : metadata.getName();
    }

    public String cluster() {
        return metadata.getLabels() == null ? null : metadata.getLabels().get(CLUSTER_LABEL);
    }

    /** Returns a topic configuration as text, or null when the topic does not set it. */
    public String config(String name) {
        Object value = spec.config() == null ? null : spec.config().get(name);
        return value == null ? null : value.toString();
    }
}
