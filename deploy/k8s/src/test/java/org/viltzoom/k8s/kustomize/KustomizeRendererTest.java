package org.viltzoom.k8s.kustomize;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.viltzoom.k8s.TestFiles.resource;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.UncheckedIOException;
import java.util.List;
import org.junit.jupiter.api.Test;

class KustomizeRendererTest {

    private final KustomizeRenderer renderer = new KustomizeRenderer();

    @Test
    void baseRendersItsResourcesInOrder() {
        List<ObjectNode> resources = renderer.render(resource("kustomize/simple/base"));

        assertThat(resources).extracting(resource -> resource.path("kind").asText() + "/" + resource.path("metadata").path("name").asText())
                .containsExactly("Deployment/sample", "Service/sample", "KafkaTopic/first.v1", "KafkaTopic/second.v1");
    }

    @Test
    void overlayPatchesTheNamedResource() {
        JsonNode container = deployment(renderer.render(resource("kustomize/simple/overlay")))
                .path("spec").path("template").path("spec").path("containers").get(0);

        assertThat(container.path("args")).hasSize(1);
        assertThat(container.path("args").get(0).asText()).isEqualTo("--quiet");
        assertThat(container.path("env")).extracting(variable -> variable.path("name").asText() + "=" + variable.path("value").asText())
                .containsExactly("MODE=overlay", "KEPT=base", "ADDED=overlay");
        assertThat(container.path("resources").path("requests").path("cpu").asText()).isEqualTo("100m");
        assertThat(container.path("resources").path("limits").path("memory").asText()).isEqualTo("256Mi");
    }

    @Test
    void nullInPatchDeletesTheField() {
        ObjectNode deployment = deployment(renderer.render(resource("kustomize/simple/overlay")));

        assertThat(deployment.path("spec").has("replicas")).isFalse();
        assertThat(deployment.path("spec").has("selector")).isTrue();
    }

    @Test
    void targetedPatchAppliesToEveryMatch() {
        List<ObjectNode> topics = renderer.render(resource("kustomize/simple/overlay")).stream()
                .filter(resource -> resource.path("kind").asText().equals("KafkaTopic"))
                .toList();

        assertThat(topics).hasSize(2);
        for (ObjectNode topic : topics) {
            assertThat(topic.path("spec").path("replicas").asInt()).isEqualTo(1);
            assertThat(topic.path("spec").path("config").path("min.insync.replicas").asInt()).isEqualTo(1);
            assertThat(topic.path("spec").path("config").has("retention.ms")).isTrue();
            assertThat(topic.path("metadata").path("name").asText()).isNotEqualTo("every-topic");
        }
    }

    @Test
    void namespaceAndImagesApplyToEveryResource() {
        List<ObjectNode> resources = renderer.render(resource("kustomize/simple/overlay"));
        JsonNode containers = deployment(resources).path("spec").path("template").path("spec").path("containers");

        assertThat(resources).allMatch(resource -> resource.path("metadata").path("namespace").asText().equals("sample-ns"));
        assertThat(containers.get(0).path("image").asText()).isEqualTo("example.org/sample:1.2.3");
        assertThat(containers.get(1).path("image").asText()).isEqualTo("registry.example.org:5000/mirror/sidecar:2.0");
    }

    @Test
    void unsupportedKustomizationFieldFails() {
        assertThatThrownBy(() -> renderer.render(resource("kustomize/unsupported-field")))
                .isInstanceOf(UncheckedIOException.class)
                .hasMessageContaining("commonLabels");
    }

    @Test
    void patchWithoutTargetFails() {
        assertThatThrownBy(() -> renderer.render(resource("kustomize/missing-target")))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("Deployment misspelled-sample matches no resource");
    }

    @Test
    void fileOutsideTheFolderFails() {
        assertThatThrownBy(() -> renderer.render(resource("kustomize/outside-root")))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("outside the kustomization's folder");
    }

    @Test
    void duplicateResourceFails() {
        assertThatThrownBy(() -> renderer.render(resource("kustomize/duplicate")))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("KafkaTopic first.v1 is declared twice");
    }

    private static ObjectNode deployment(List<ObjectNode> resources) {
        return resources.stream().filter(resource -> resource.path("kind").asText().equals("Deployment")).findFirst().orElseThrow();
    }
}
