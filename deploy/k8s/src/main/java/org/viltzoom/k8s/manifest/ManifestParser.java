package org.viltzoom.k8s.manifest;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.fabric8.kubernetes.api.model.ConfigMap;
import io.fabric8.kubernetes.api.model.PersistentVolumeClaim;
import io.fabric8.kubernetes.api.model.Service;
import io.fabric8.kubernetes.api.model.ServiceAccount;
import io.fabric8.kubernetes.api.model.apps.Deployment;
import io.fabric8.kubernetes.api.model.autoscaling.v2.HorizontalPodAutoscaler;
import io.fabric8.kubernetes.api.model.networking.v1.Ingress;
import io.fabric8.kubernetes.api.model.networking.v1.NetworkPolicy;
import io.fabric8.kubernetes.api.model.policy.v1.PodDisruptionBudget;
import java.util.List;
import java.util.Map;
import org.viltzoom.k8s.yaml.StrictYaml;

/**
 * Parses rendered documents into typed objects: fabric8's Kubernetes model for built-in kinds and
 * {@link KafkaTopic} for Strimzi's. An unknown field, a scalar of the wrong type or a kind and
 * apiVersion outside the table below is an error that names the resource.
 */
public final class ManifestParser {

    private static final Map<String, Class<?>> TYPES = Map.ofEntries(
            Map.entry("v1/ConfigMap", ConfigMap.class),
            Map.entry("v1/Service", Service.class),
            Map.entry("v1/ServiceAccount", ServiceAccount.class),
            Map.entry("v1/PersistentVolumeClaim", PersistentVolumeClaim.class),
            Map.entry("apps/v1/Deployment", Deployment.class),
            Map.entry("policy/v1/PodDisruptionBudget", PodDisruptionBudget.class),
            Map.entry("networking.k8s.io/v1/NetworkPolicy", NetworkPolicy.class),
            Map.entry("networking.k8s.io/v1/Ingress", Ingress.class),
            Map.entry("autoscaling/v2/HorizontalPodAutoscaler", HorizontalPodAutoscaler.class),
            Map.entry(KafkaTopic.API_VERSION + "/KafkaTopic", KafkaTopic.class));

    private final ObjectMapper mapper = StrictYaml.mapper();

    public RenderedManifests parseAll(List<ObjectNode> documents) {
        return new RenderedManifests(documents.stream().map(this::parse).toList());
    }

    public Object parse(ObjectNode document) {
        String apiVersion = document.path("apiVersion").asText();
        String kind = document.path("kind").asText();
        String name = document.path("metadata").path("name").asText();

        Class<?> type = TYPES.get(apiVersion + "/" + kind);
        if (type == null) {
            throw new IllegalArgumentException(kind + " " + name + ": apiVersion " + apiVersion + " and kind " + kind
                    + " are not among the supported " + TYPES.keySet());
        }
        try {
            return mapper.treeToValue(document, type);
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException(kind + " " + name + " is invalid: " + e.getOriginalMessage(), e);
        }
    }
}
