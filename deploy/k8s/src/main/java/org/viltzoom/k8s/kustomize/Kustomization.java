package org.viltzoom.k8s.kustomize;

import java.util.List;

/**
 * The fields of a kustomization.yaml that {@link KustomizeRenderer} implements. Read with a strict
 * mapper, so a kustomization that uses any other field (commonLabels, configMapGenerator, ...)
 * fails instead of rendering differently from kustomize.
 */
public record Kustomization(
        String apiVersion,
        String kind,
        String namespace,
        List<String> resources,
        List<ImageOverride> images,
        List<PatchReference> patches) {

    static final String API_VERSION = "kustomize.config.k8s.io/v1beta1";

    public Kustomization {
        resources = resources == null ? List.of() : List.copyOf(resources);
        images = images == null ? List.of() : List.copyOf(images);
        patches = patches == null ? List.of() : List.copyOf(patches);
    }

    /** An entry of {@code images}: a new name, tag or digest for every container image of that name. */
    public record ImageOverride(String name, String newName, String newTag, String digest) {
    }

    /** An entry of {@code patches}: a strategic merge patch file, applied to its target or to the resource it names. */
    public record PatchReference(String path, PatchTarget target) {
    }

    /** Selects the resources a patch applies to; {@code name} is a regular expression, as in kustomize. */
    public record PatchTarget(String group, String version, String kind, String name) {
    }
}
