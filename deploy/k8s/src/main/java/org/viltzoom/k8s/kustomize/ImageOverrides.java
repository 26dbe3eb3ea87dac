package org.viltzoom.k8s.kustomize;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.Iterator;
import java.util.List;
import java.util.Map;

/** The images transformer: rewrites the image of every container and init container whose image name matches. */
final class ImageOverrides {

    private static final List<String> CONTAINER_LISTS = List.of("containers", "initContainers");

    private ImageOverrides() {
    }

    static void apply(List<Kustomization.ImageOverride> overrides, List<ObjectNode> resources) {
        for (Kustomization.ImageOverride override : overrides) {
            if (override.newTag() != null && override.digest() != null) {
                throw new IllegalArgumentException("Image " + override.name() + ": set newTag or digest, not both");
            }
            resources.forEach(resource -> rewrite(resource, override));
        }
    }

    /** Returns the image without its tag or digest; a colon before the last slash belongs to a registry port. */
    static String nameOf(String image) {
        String withoutDigest = image.contains("@") ? image.substring(0, image.indexOf('@')) : image;
        int colon = withoutDigest.lastIndexOf(':');
        return colon > withoutDigest.lastIndexOf('/') ? withoutDigest.substring(0, colon) : withoutDigest;
    }

    static String rewritten(String image, Kustomization.ImageOverride override) {
        String name = override.newName() == null ? nameOf(image) : override.newName();
        if (override.digest() != null) {
            return name + "@" + override.digest();
        }
        if (override.newTag() != null) {
            return name + ":" + override.newTag();
        }
        return name + image.substring(nameOf(image).length());
    }

    private static void rewrite(JsonNode node, Kustomization.ImageOverride override) {
        if (node.isArray()) {
            node.forEach(element -> rewrite(element, override));
            return;
        }
        if (!node.isObject()) {
            return;
        }
        Iterator<Map.Entry<String, JsonNode>> fields = node.fields();
        while (fields.hasNext()) {
            Map.Entry<String, JsonNode> field = fields.next();
            if (CONTAINER_LISTS.contains(field.getKey()) && field.getValue().isArray()) {
                field.getValue().forEach(container -> rewriteContainer((ObjectNode) container, override));
            } else {
                rewrite(field.getValue(), override);
            }
        }
    }

    private static void rewriteContainer(ObjectNode container, Kustomization.ImageOverride override) {
        String image = container.path("image").asText("");
        if (!image.isEmpty() && nameOf(image).equals(override.name())) {
            container.put("image", rewritten(image, override));
        }
    }
}
