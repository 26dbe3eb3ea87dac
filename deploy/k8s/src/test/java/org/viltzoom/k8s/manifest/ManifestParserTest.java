package org.viltzoom.k8s.manifest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.viltzoom.k8s.TestFiles.resource;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.fabric8.kubernetes.api.model.ConfigMap;
import io.fabric8.kubernetes.api.model.apps.Deployment;
import java.io.UncheckedIOException;
import org.junit.jupiter.api.Test;
import org.viltzoom.k8s.yaml.YamlDocuments;

/**
 * Each bad manifest differs from a valid one by a single field, so a failure can only come from
 * that field; the valid ones parse.
 */
class ManifestParserTest {

    private final ManifestParser parser = new ManifestParser();

    @Test
    void validDeploymentParses() {
        Deployment deployment = (Deployment) parse("manifests/valid-deployment.yaml");

        assertThat(deployment.getSpec().getReplicas()).isEqualTo(1);
        assertThat(deployment.getSpec().getTemplate().getSpec().getContainers().get(0).getImagePullPolicy())
                .isEqualTo("IfNotPresent");
        assertThat(deployment.getAdditionalProperties()).isEmpty();
    }

    @Test
    void misspelledContainerFieldFails() {
        assertThatThrownBy(() -> parse("manifests/misspelled-container-field.yaml"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("Deployment sample is invalid")
                .hasMessageContaining("imagePullPolcy");
    }

    @Test
    void misspelledSpecFieldFails() {
        assertThatThrownBy(() -> parse("manifests/misspelled-spec-field.yaml"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("\"replica\"");
    }

    @Test
    void removedApiVersionFails() {
        assertThatThrownBy(() -> parse("manifests/removed-api-version.yaml"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("apiVersion extensions/v1beta1");
    }

    @Test
    void quotedReplicaCountFails() {
        assertThatThrownBy(() -> parse("manifests/quoted-replicas.yaml"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("Deployment sample is invalid");
    }

    @Test
    void duplicateKeyFails() {
        assertThatThrownBy(() -> YamlDocuments.read(resource("manifests/duplicate-key.yaml")))
                .isInstanceOf(UncheckedIOException.class)
                .hasMessageContaining("Duplicate field 'replicas'");
    }

    @Test
    void validKafkaTopicParses() {
        KafkaTopic topic = (KafkaTopic) parse("manifests/valid-kafka-topic.yaml");

        assertThat(topic.topicName()).isEqualTo("sample.v1");
        assertThat(topic.cluster()).isEqualTo("sample");
        assertThat(topic.spec().replicas()).isEqualTo(1);
        assertThat(topic.config("retention.ms")).isEqualTo("604800000");
    }

    @Test
    void misspelledKafkaTopicFieldFails() {
        assertThatThrownBy(() -> parse("manifests/misspelled-kafka-topic-field.yaml"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("KafkaTopic sample.v1 is invalid")
                .hasMessageContaining("\"replica\"");
    }

    @Test
    void validConfigMapParses() {
        ConfigMap configMap = (ConfigMap) parse("manifests/valid-config-map.yaml");

        assertThat(configMap.getData()).containsEntry("HTTP_PORT", "8080").containsEntry("ENABLED", "true");
    }

    @Test
    void unquotedNumberInConfigMapFails() {
        assertThatThrownBy(() -> parse("manifests/unquoted-number-in-config-map.yaml"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("ConfigMap sample is invalid");
    }

    @Test
    void unquotedBooleanInConfigMapFails() {
        assertThatThrownBy(() -> parse("manifests/unquoted-boolean-in-config-map.yaml"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("ConfigMap sample is invalid");
    }

    private Object parse(String file) {
        ObjectNode document = YamlDocuments.read(resource(file)).get(0);
        return parser.parse(document);
    }
}
