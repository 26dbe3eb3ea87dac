package org.viltzoom.k8s;

import static org.assertj.core.api.Assertions.assertThat;
import static org.viltzoom.k8s.Overlays.container;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.fabric8.kubernetes.api.model.PersistentVolumeClaim;
import io.fabric8.kubernetes.api.model.Quantity;
import io.fabric8.kubernetes.api.model.apps.Deployment;
import io.fabric8.kubernetes.api.model.autoscaling.v2.HorizontalPodAutoscaler;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.viltzoom.k8s.manifest.KafkaTopic;
import org.viltzoom.k8s.manifest.RenderedManifests;

/** What differs between the overlays: namespace, image tags, replicas, resources and topic replication. */
class OverlayShapeTest {

    static List<String> overlays() {
        return Overlays.deployable();
    }

    @ParameterizedTest
    @MethodSource("overlays")
    void everyResourceIsInTheOverlayNamespace(String overlay) {
        for (ObjectNode document : Overlays.documents(overlay)) {
            assertThat(document.path("metadata").path("namespace").asText())
                    .as("namespace of %s %s", document.path("kind").asText(), document.path("metadata").path("name").asText())
                    .isEqualTo(overlay.equals("prod") ? "vilt-zoom" : "vilt-zoom-" + overlay);
        }
    }

    @ParameterizedTest
    @MethodSource("overlays")
    void imagesCarryAReleaseTag(String overlay) {
        for (Deployment deployment : Overlays.rendered(overlay).all(Deployment.class)) {
            String image = container(deployment).getImage();
            String expectedName = "ghcr.io/vilt-zoom/" + deployment.getMetadata().getName();

            assertThat(image).startsWith(expectedName + ":");
            assertThat(image.substring(expectedName.length() + 1)).isNotBlank().isNotEqualTo("latest");
        }
    }

    @ParameterizedTest
    @MethodSource("overlays")
    void everyServiceIsDeployed(String overlay) {
        assertThat(Overlays.rendered(overlay).all(Deployment.class))
                .extracting(deployment -> deployment.getMetadata().getName())
                .containsExactlyInAnyOrderElementsOf(Overlays.SERVICES);
    }

    @Test
    void devRunsOneSmallReplicaOnOneBroker() {
        RenderedManifests dev = Overlays.rendered("dev");

        for (Deployment deployment : dev.all(Deployment.class)) {
            assertThat(deployment.getSpec().getReplicas()).isEqualTo(1);
            assertThat(container(deployment).getResources().getLimits().get("memory"))
                    .isEqualTo(new Quantity("512Mi"));
        }
        assertThat(dev.all(HorizontalPodAutoscaler.class)).isEmpty();
        for (KafkaTopic topic : dev.kafkaTopics()) {
            assertThat(topic.spec().replicas()).as("replicas of %s", topic.topicName()).isEqualTo(1);
            assertThat(topic.config("min.insync.replicas")).as("min.insync.replicas of %s", topic.topicName()).isEqualTo("1");
        }
        assertThat(dev.named(PersistentVolumeClaim.class, "event-service-recordings").orElseThrow()
                .getSpec().getAccessModes()).containsExactly("ReadWriteOnce");
    }

    @Test
    void prodScalesFromTwoReplicasUnderAutoscalers() {
        RenderedManifests prod = Overlays.rendered("prod");
        int fewestPartitions = prod.kafkaTopics().stream()
                .filter(topic -> !topic.topicName().endsWith(".dlq"))
                .mapToInt(topic -> topic.spec().partitions()).min().orElseThrow();

        for (Deployment deployment : prod.all(Deployment.class)) {
            String name = deployment.getMetadata().getName();
            HorizontalPodAutoscaler autoscaler = prod.named(HorizontalPodAutoscaler.class, name)
                    .orElseThrow(() -> new AssertionError("no HorizontalPodAutoscaler for " + name));

            // A fixed replica count would be reapplied over the autoscaler's count on every apply.
            assertThat(deployment.getSpec().getReplicas()).as("replicas of %s", name).isNull();
            assertThat(autoscaler.getSpec().getScaleTargetRef().getName()).isEqualTo(name);
            assertThat(autoscaler.getSpec().getMinReplicas()).as("minReplicas of %s", name).isGreaterThanOrEqualTo(2);
            assertThat(autoscaler.getSpec().getMaxReplicas()).as("maxReplicas of %s", name)
                    .isBetween(autoscaler.getSpec().getMinReplicas(), fewestPartitions);
        }
    }

    @Test
    void prodReplicatesTopicsThreeTimes() {
        for (KafkaTopic topic : Overlays.rendered("prod").kafkaTopics()) {
            assertThat(topic.spec().replicas()).as("replicas of %s", topic.topicName()).isEqualTo(3);
            assertThat(topic.config("min.insync.replicas")).as("min.insync.replicas of %s", topic.topicName()).isEqualTo("2");
        }
    }

    @Test
    void prodSharesRecordingsBetweenReplicas() {
        PersistentVolumeClaim recordings = Overlays.rendered("prod")
                .named(PersistentVolumeClaim.class, "event-service-recordings").orElseThrow();

        assertThat(recordings.getSpec().getAccessModes()).containsExactly("ReadWriteMany");
    }
}
