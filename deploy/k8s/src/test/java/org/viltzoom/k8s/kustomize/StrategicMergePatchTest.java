package org.viltzoom.k8s.kustomize;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.junit.jupiter.api.Test;

class StrategicMergePatchTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    @Test
    void containerPortsMergeByContainerPort() {
        ObjectNode deployment = json("""
                {"apiVersion":"apps/v1","kind":"Deployment","metadata":{"name":"a"},
                 "spec":{"template":{"spec":{"containers":[{"name":"a","ports":[{"containerPort":80,"name":"http"}]}]}}}}""");
        ObjectNode patch = json("""
                {"apiVersion":"apps/v1","kind":"Deployment","metadata":{"name":"a"},
                 "spec":{"template":{"spec":{"containers":[{"name":"a","ports":[{"containerPort":80,"protocol":"TCP"},{"containerPort":9000}]}]}}}}""");

        ObjectNode result = StrategicMergePatch.apply(deployment, patch);

        assertThat(result.at("/spec/template/spec/containers/0/ports")).hasSize(2);
        assertThat(result.at("/spec/template/spec/containers/0/ports/0/name").asText()).isEqualTo("http");
        assertThat(result.at("/spec/template/spec/containers/0/ports/0/protocol").asText()).isEqualTo("TCP");
    }

    @Test
    void volumeMountsMergeByMountPath() {
        ObjectNode deployment = json("""
                {"apiVersion":"apps/v1","kind":"Deployment","metadata":{"name":"a"},
                 "spec":{"template":{"spec":{"containers":[{"name":"a","volumeMounts":[{"name":"tmp","mountPath":"/tmp"}]}]}}}}""");
        ObjectNode patch = json("""
                {"apiVersion":"apps/v1","kind":"Deployment","metadata":{"name":"a"},
                 "spec":{"template":{"spec":{"containers":[{"name":"a","volumeMounts":[{"name":"data","mountPath":"/data"}]}]}}}}""");

        ObjectNode result = StrategicMergePatch.apply(deployment, patch);

        assertThat(result.at("/spec/template/spec/containers/0/volumeMounts")).hasSize(2);
    }

    @Test
    void servicePortsMergeByPort() {
        ObjectNode service = json("""
                {"apiVersion":"v1","kind":"Service","metadata":{"name":"a"},"spec":{"ports":[{"port":80,"name":"http"}]}}""");
        ObjectNode patch = json("""
                {"apiVersion":"v1","kind":"Service","metadata":{"name":"a"},"spec":{"ports":[{"port":80,"targetPort":"http"}]}}""");

        ObjectNode result = StrategicMergePatch.apply(service, patch);

        assertThat(result.at("/spec/ports")).hasSize(1);
        assertThat(result.at("/spec/ports/0/name").asText()).isEqualTo("http");
        assertThat(result.at("/spec/ports/0/targetPort").asText()).isEqualTo("http");
    }

    @Test
    void customResourceListsAreReplaced() {
        ObjectNode resource = json("""
                {"apiVersion":"example.org/v1","kind":"Sample","metadata":{"name":"a"},"spec":{"containers":[{"name":"a"},{"name":"b"}]}}""");
        ObjectNode patch = json("""
                {"apiVersion":"example.org/v1","kind":"Sample","metadata":{"name":"a"},"spec":{"containers":[{"name":"c"}]}}""");

        ObjectNode result = StrategicMergePatch.apply(resource, patch);

        assertThat(result.at("/spec/containers")).hasSize(1);
        assertThat(result.at("/spec/containers/0/name").asText()).isEqualTo("c");
    }

    @Test
    void targetIsNotChanged() {
        ObjectNode resource = json("""
                {"apiVersion":"v1","kind":"ConfigMap","metadata":{"name":"a"},"data":{"A":"1"}}""");
        ObjectNode patch = json("""
                {"apiVersion":"v1","kind":"ConfigMap","metadata":{"name":"a"},"data":{"A":"2"}}""");

        StrategicMergePatch.apply(resource, patch);

        assertThat(resource.at("/data/A").asText()).isEqualTo("1");
    }

    @Test
    void patchDirectiveFails() {
        ObjectNode resource = json("""
                {"apiVersion":"v1","kind":"ConfigMap","metadata":{"name":"a"},"data":{"A":"1"}}""");
        ObjectNode patch = json("""
                {"apiVersion":"v1","kind":"ConfigMap","metadata":{"name":"a"},"$patch":"replace","data":{"B":"2"}}""");

        assertThatThrownBy(() -> StrategicMergePatch.apply(resource, patch))
                .isInstanceOf(UnsupportedOperationException.class)
                .hasMessageContaining("$patch");
    }

    private static ObjectNode json(String text) {
        try {
            return (ObjectNode) JSON.readTree(text);
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException(e);
        }
    }
}
