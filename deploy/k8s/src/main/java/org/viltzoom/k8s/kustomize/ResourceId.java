package org.viltzoom.k8s.kustomize;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

/** Identifies a resource as kustomize does: API group, version, kind, namespace and name. */
record ResourceId(String group, String version, String kind, String namespace, String name) {

    static ResourceId of(ObjectNode resource) {
        String apiVersion = requiredText(resource, "apiVersion");
        int slash = apiVersion.indexOf('/');
        String group = slash < 0 ? "" : apiVersion.substring(0, slash);
        String version = apiVersion.substring(slash + 1);

        JsonNode metadata = resource.path("metadata");
        String namespace = metadata.path("namespace").asText("");
        String name = metadata.path("name").asText("");
        if (name.isEmpty()) {
            throw new IllegalArgumentException("A " + requiredText(resource, "kind") + " has no metadata.name");
        }
        return new ResourceId(group, version, requiredText(resource, "kind"), namespace, name);
    }

    /** Returns whether a patch that identifies itself as {@code patch} applies here. A patch without namespace matches any. */
    boolean isPatchedBy(ResourceId patch) {
        return group.equals(patch.group) && version.equals(patch.version) && kind.equals(patch.kind)
                && name.equals(patch.name) && (patch.namespace.isEmpty() || namespace.equals(patch.namespace));
    }

    boolean isSelectedBy(Kustomization.PatchTarget target) {
        return (target.group() == null || target.group().equals(group))
                && (target.version() == null || target.version().equals(version))
                && (target.kind() == null || target.kind().equals(kind))
                && (target.name() == null || name.matches(target.name()));
    }

    @Override
    public String toString() {
        return kind + " " + (namespace.isEmpty() ? "" : namespace + "/") + name;
    }

    private static String requiredText(ObjectNode resource, String field) {
        String value = resource.path(field).asText("");
        if (value.isEmpty()) {
            throw new IllegalArgumentException("A resource has no " + field + ": " + resource);
        }
        return value;
    }
}
