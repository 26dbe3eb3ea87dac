package org.viltzoom.k8s.manifest;

import io.fabric8.kubernetes.api.model.LabelSelector;
import io.fabric8.kubernetes.api.model.LabelSelectorRequirement;
import java.util.Map;

/** Label selector matching with Kubernetes semantics: matchLabels and matchExpressions must all hold. */
public final class LabelSelectors {

    private LabelSelectors() {
    }

    /** Returns whether a Service selector (a plain map) selects these labels. An empty selector selects nothing. */
    public static boolean matches(Map<String, String> selector, Map<String, String> labels) {
        return selector != null && !selector.isEmpty() && labels != null
                && selector.entrySet().stream().allMatch(entry -> entry.getValue().equals(labels.get(entry.getKey())));
    }

    /** Returns whether a LabelSelector selects these labels. An empty LabelSelector selects everything. */
    public static boolean matches(LabelSelector selector, Map<String, String> labels) {
        Map<String, String> actual = labels == null ? Map.of() : labels;
        Map<String, String> required = selector.getMatchLabels() == null ? Map.of() : selector.getMatchLabels();
        boolean labelsHold = required.entrySet().stream()
                .allMatch(entry -> entry.getValue().equals(actual.get(entry.getKey())));
        boolean expressionsHold = selector.getMatchExpressions() == null
                || selector.getMatchExpressions().stream().allMatch(requirement -> holds(requirement, actual));
        return labelsHold && expressionsHold;
    }

    private static boolean holds(LabelSelectorRequirement requirement, Map<String, String> labels) {
        String value = labels.get(requirement.getKey());
        return switch (requirement.getOperator()) {
            case "In" -> value != null && requirement.getValues().contains(value);
            case "NotIn" -> value == null || !requirement.getValues().contains(value);
            case "Exists" -> value != null;
            case "DoesNotExist" -> value == null;
            default -> throw new IllegalArgumentException("Unknown label selector operator " + requirement.getOperator());
        };
    }
}
