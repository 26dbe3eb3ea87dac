package org.viltzoom.k8s.kustomize;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.viltzoom.k8s.yaml.StrictYaml;
import org.viltzoom.k8s.yaml.YamlDocuments;

/**
 * Renders a kustomization the way {@code kustomize build} does, for the subset of features that
 * {@link Kustomization} lists: resources (files and kustomization folders), strategic merge
 * patches with or without a target, namespace and images. The order is kustomize's too: resources
 * are collected, then patched, then the namespace and image transformers run.
 */
public final class KustomizeRenderer {

    private static final String KUSTOMIZATION_FILE = "kustomization.yaml";

    private final ObjectMapper mapper = StrictYaml.mapper();

    /** Renders the kustomization in a folder into its resources, in kustomize's order of declaration. */
    public List<ObjectNode> render(Path folder) {
        Path root = folder.toAbsolutePath().normalize();
        Kustomization kustomization = read(root.resolve(KUSTOMIZATION_FILE));

        List<ObjectNode> resources = collectResources(root, kustomization);
        requireUniqueIds(resources, root);

        for (Kustomization.PatchReference patch : kustomization.patches()) {
            applyPatch(root, patch, resources);
        }
        if (kustomization.namespace() != null) {
            resources.forEach(resource -> resource.withObjectProperty("metadata").put("namespace", kustomization.namespace()));
        }
        ImageOverrides.apply(kustomization.images(), resources);
        return resources;
    }

    private Kustomization read(Path file) {
        if (!Files.isRegularFile(file)) {
            throw new IllegalArgumentException("No " + KUSTOMIZATION_FILE + " in " + file.getParent());
        }
        Kustomization kustomization;
        try {
            kustomization = mapper.readValue(file.toFile(), Kustomization.class);
        } catch (IOException e) {
            throw new UncheckedIOException("Reading " + file + " failed: " + e.getMessage(), e);
        }
        if (!Kustomization.API_VERSION.equals(kustomization.apiVersion())
                || !"Kustomization".equals(kustomization.kind())) {
            throw new IllegalArgumentException(file + ": expected apiVersion " + Kustomization.API_VERSION
                    + " and kind Kustomization, found " + kustomization.apiVersion() + " " + kustomization.kind());
        }
        return kustomization;
    }

    private List<ObjectNode> collectResources(Path root, Kustomization kustomization) {
        List<ObjectNode> resources = new ArrayList<>();
        for (String entry : kustomization.resources()) {
            Path path = root.resolve(entry).normalize();
            if (Files.isDirectory(path)) {
                resources.addAll(render(path));
            } else {
                resources.addAll(YamlDocuments.read(insideRoot(root, entry)));
            }
        }
        return resources;
    }

    private void applyPatch(Path root, Kustomization.PatchReference reference, List<ObjectNode> resources) {
        if (reference.path() == null) {
            throw new IllegalArgumentException(root + ": a patch without path; inline patches are not supported");
        }
        for (ObjectNode patch : YamlDocuments.read(insideRoot(root, reference.path()))) {
            List<Integer> targets = targetsOf(reference, patch, resources);
            if (targets.isEmpty()) {
                throw new IllegalArgumentException(root.resolve(reference.path()) + ": the patch of "
                        + ResourceId.of(patch) + " matches no resource");
            }
            for (int index : targets) {
                ObjectNode target = resources.get(index);
                resources.set(index, StrategicMergePatch.apply(target, identifiedAs(target, patch)));
            }
        }
    }

    /**
     * Returns a copy of the patch that carries the target's identity. A patch selected through a
     * target names any resource (often "not-important"), and kustomize gives it the target's
     * apiVersion, kind, name and namespace before merging, so the patch never renames the target.
     */
    private static ObjectNode identifiedAs(ObjectNode target, ObjectNode patch) {
        ObjectNode copy = patch.deepCopy();
        copy.set("apiVersion", target.get("apiVersion"));
        copy.set("kind", target.get("kind"));

        ObjectNode metadata = copy.withObjectProperty("metadata");
        metadata.set("name", target.path("metadata").get("name"));
        if (target.path("metadata").has("namespace")) {
            metadata.set("namespace", target.path("metadata").get("namespace"));
        } else {
            metadata.remove("namespace");
        }
        return copy;
    }

    private static List<Integer> targetsOf(Kustomization.PatchReference reference, ObjectNode patch,
                                           List<ObjectNode> resources) {
        ResourceId patchId = ResourceId.of(patch);
        List<Integer> targets = new ArrayList<>();
        for (int index = 0; index < resources.size(); index++) {
            ResourceId id = ResourceId.of(resources.get(index));
            boolean selected = reference.target() == null ? id.isPatchedBy(patchId) : id.isSelectedBy(reference.target());
            if (selected) {
                targets.add(index);
            }
        }
        return targets;
    }

    /** Resolves a file entry under kustomize's load restrictor, which allows only folders outside the kustomization's folder. */
    private static Path insideRoot(Path root, String entry) {
        Path path = root.resolve(entry).normalize();
        if (!path.startsWith(root)) {
            throw new IllegalArgumentException(root + ": file " + entry + " is outside the kustomization's folder");
        }
        if (!Files.isRegularFile(path)) {
            throw new IllegalArgumentException(root + ": file " + entry + " not found");
        }
        return path;
    }

    private static void requireUniqueIds(List<ObjectNode> resources, Path root) {
        Set<ResourceId> seen = new HashSet<>();
        for (ObjectNode resource : resources) {
            ResourceId id = ResourceId.of(resource);
            if (!seen.add(id)) {
                throw new IllegalArgumentException(root + ": " + id + " is declared twice");
            }
        }
    }
}
