package org.viltzoom.k8s.manifest;

import io.fabric8.kubernetes.api.model.HasMetadata;
import java.util.List;
import java.util.Optional;

/** The typed resources of one rendered kustomization. */
public record RenderedManifests(List<Object> resources) {

    public RenderedManifests {
        resources = List.copyOf(resources);
    }

    public <T> List<T> all(Class<T> type) {
        return resources.stream().filter(type::isInstance).map(type::cast).toList();
    }

    /** Returns the resource of a built-in kind with that name, if the rendering contains one. */
    public <T extends HasMetadata> Optional<T> named(Class<T> type, String name) {
        return all(type).stream().filter(resource -> name.equals(resource.getMetadata().getName())).findFirst();
    }

    public List<KafkaTopic> kafkaTopics() {
        return all(KafkaTopic.class);
    }
}
