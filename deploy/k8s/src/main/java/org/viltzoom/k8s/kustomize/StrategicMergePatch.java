package org.viltzoom.k8s.kustomize;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.Iterator;
import java.util.Map;
import java.util.Set;

/**
 * A strategic merge patch as Kubernetes defines it, for the lists these manifests patch. Mappings
 * merge field by field, and a null value deletes the field. A list with a patch merge key
 * (containers and env by name, volumeMounts by mountPath, container ports by containerPort,
 * Service ports by port, volumes by name) merges element by element; every other list is replaced.
 *
 * <p>Custom resources such as Strimzi's KafkaTopic have no merge keys, so their lists are always
 * replaced, which is what kustomize does without a schema. Patch directives ({@code $patch},
 * {@code $retainKeys}, ...) are rejected rather than ignored.
 */
public final class StrategicMergePatch {

    private static final Set<String> LISTS_MERGED_BY_NAME =
            Set.of("containers", "initContainers", "ephemeralContainers", "env", "volumes", "imagePullSecrets");

    /** API groups of built-in Kubernetes kinds, whose lists carry patch merge keys. */
    private static final Set<String> BUILT_IN_GROUPS = Set.of("", "apps", "batch", "policy", "autoscaling");

    private StrategicMergePatch() {
    }

    /** Returns a copy of {@code target} with the patch applied; neither argument is changed. */
    public static ObjectNode apply(ObjectNode target, ObjectNode patch) {
        ResourceId id = ResourceId.of(target);
        boolean builtIn = BUILT_IN_GROUPS.contains(id.group()) || id.group().endsWith(".k8s.io");

        ObjectNode result = target.deepCopy();
        merge(result, patch, new Context(builtIn, id.kind().equals("Service") && id.group().isEmpty(), false));
        return result;
    }

    /** What decides the merge keys below a field: the kind of the resource and whether a container encloses it. */
    private record Context(boolean builtIn, boolean service, boolean inContainer) {

        Context insideContainer() {
            return new Context(builtIn, service, true);
        }
    }

    private static void merge(ObjectNode into, ObjectNode patch, Context context) {
        Iterator<Map.Entry<String, JsonNode>> fields = patch.fields();
        while (fields.hasNext()) {
            Map.Entry<String, JsonNode> field = fields.next();
            String name = field.getKey();
            JsonNode value = field.getValue();
            if (name.startsWith("$")) {
                throw new UnsupportedOperationException("Patch directive " + name + " is not supported");
            }

            JsonNode existing = into.get(name);
            String mergeKey = context.builtIn() ? mergeKeyOf(name, context) : null;
            if (value.isNull()) {
                into.remove(name);
            } else if (value.isObject() && existing != null && existing.isObject()) {
                merge((ObjectNode) existing, (ObjectNode) value, context);
            } else if (value.isArray() && mergeKey != null && existing != null && existing.isArray()) {
                Context elementContext = isContainerList(name) ? context.insideContainer() : context;
                mergeList((ArrayNode) existing, (ArrayNode) value, mergeKey, elementContext);
            } else {
                into.set(name, value.deepCopy());
            }
        }
    }

    private static void mergeList(ArrayNode into, ArrayNode patch, String mergeKey, Context elementContext) {
        for (JsonNode element : patch) {
            JsonNode key = element.get(mergeKey);
            if (!element.isObject() || key == null) {
                throw new IllegalArgumentException("A patch element of a list merged by " + mergeKey
                        + " has no " + mergeKey + ": " + element);
            }
            ObjectNode match = findByKey(into, mergeKey, key);
            if (match == null) {
                into.add(element.deepCopy());
            } else {
                merge(match, (ObjectNode) element, elementContext);
            }
        }
    }

    private static ObjectNode findByKey(ArrayNode list, String mergeKey, JsonNode key) {
        for (JsonNode element : list) {
            if (element.isObject() && key.equals(element.get(mergeKey))) {
                return (ObjectNode) element;
            }
        }
        return null;
    }

    /** Returns the patch merge key of a list field, or null for a list that a patch replaces. */
    private static String mergeKeyOf(String field, Context context) {
        if (LISTS_MERGED_BY_NAME.contains(field)) {
            return "name";
        }
        if (field.equals("volumeMounts")) {
            return "mountPath";
        }
        if (field.equals("ports") && context.inContainer()) {
            return "containerPort";
        }
        if (field.equals("ports") && context.service()) {
            return "port";
        }
        return null;
    }

    private static boolean isContainerList(String field) {
        return field.equals("containers") || field.equals("initContainers") || field.equals("ephemeralContainers");
    }
}
