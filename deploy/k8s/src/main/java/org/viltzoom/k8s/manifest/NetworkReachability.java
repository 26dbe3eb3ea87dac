package org.viltzoom.k8s.manifest;

import io.fabric8.kubernetes.api.model.IntOrString;
import io.fabric8.kubernetes.api.model.LabelSelector;
import io.fabric8.kubernetes.api.model.apps.Deployment;
import io.fabric8.kubernetes.api.model.networking.v1.NetworkPolicy;
import io.fabric8.kubernetes.api.model.networking.v1.NetworkPolicyIngressRule;
import io.fabric8.kubernetes.api.model.networking.v1.NetworkPolicyPeer;
import io.fabric8.kubernetes.api.model.networking.v1.NetworkPolicyPort;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Computes who may open connections to a pod under the ingress NetworkPolicies of its namespace.
 * Peers are reported as the Deployments of the same rendering, as namespaces by name, or as
 * anyone. Peer forms whose meaning depends on the cluster (ipBlock, a namespace selected by
 * other labels than its name, pods in other namespaces) are rejected, so that every allowed
 * connection is visible in the result.
 */
public final class NetworkReachability {

    /** The label that Kubernetes sets on every namespace to its name (since 1.21). */
    public static final String NAMESPACE_NAME_LABEL = "kubernetes.io/metadata.name";

    /** Every port, for a rule that lists none. */
    public static final String ANY_PORT = "*";

    /** A source of connections. */
    public sealed interface Source permits Workload, Namespace, Anyone {
    }

    /** The pods of a Deployment in the same namespace. */
    public record Workload(String deployment) implements Source {
    }

    /** Every pod of another namespace. */
    public record Namespace(String name) implements Source {
    }

    /** Any source at all: no policy isolates the pod, or a rule has no peers. */
    public record Anyone() implements Source {
    }

    /** A source and the port (a number, a container port name or {@link #ANY_PORT}) that it may reach. */
    public record Allowance(Source source, String port) {
    }

    private NetworkReachability() {
    }

    public static Set<Allowance> allowedInto(Map<String, String> podLabels, RenderedManifests manifests) {
        List<NetworkPolicy> isolating = manifests.all(NetworkPolicy.class).stream()
                .filter(policy -> LabelSelectors.matches(policy.getSpec().getPodSelector(), podLabels))
                .filter(NetworkReachability::governsIngress)
                .toList();
        if (isolating.isEmpty()) {
            return Set.of(new Allowance(new Anyone(), ANY_PORT));
        }

        Set<Allowance> allowances = new HashSet<>();
        for (NetworkPolicy policy : isolating) {
            List<NetworkPolicyIngressRule> rules = policy.getSpec().getIngress() == null ? List.of() : policy.getSpec().getIngress();
            for (NetworkPolicyIngressRule rule : rules) {
                for (Source source : sourcesOf(rule, policy, manifests)) {
                    portsOf(rule).forEach(port -> allowances.add(new Allowance(source, port)));
                }
            }
        }
        return allowances;
    }

    /** Checks whether a policy governs ingress, which one without policyTypes always does. */
    private static boolean governsIngress(NetworkPolicy policy) {
        List<String> types = policy.getSpec().getPolicyTypes();
        return types == null || types.isEmpty() || types.contains("Ingress");
    }

    private static Set<Source> sourcesOf(NetworkPolicyIngressRule rule, NetworkPolicy policy, RenderedManifests manifests) {
        if (rule.getFrom() == null || rule.getFrom().isEmpty()) {
            return Set.of(new Anyone());
        }
        Set<Source> sources = new HashSet<>();
        for (NetworkPolicyPeer peer : rule.getFrom()) {
            String where = "NetworkPolicy " + policy.getMetadata().getName();
            if (peer.getIpBlock() != null) {
                throw new IllegalArgumentException(where + ": ipBlock peers are not supported");
            }
            if (peer.getNamespaceSelector() != null && peer.getPodSelector() != null) {
                throw new IllegalArgumentException(where + ": peers that select pods in other namespaces are not supported");
            }
            if (peer.getPodSelector() != null) {
                sources.addAll(workloadsSelectedBy(peer.getPodSelector(), manifests));
            } else if (peer.getNamespaceSelector() != null) {
                sources.add(namespaceSelectedBy(peer.getNamespaceSelector(), where));
            }
        }
        return sources;
    }

    private static Set<Source> workloadsSelectedBy(LabelSelector selector, RenderedManifests manifests) {
        Set<Source> workloads = new HashSet<>();
        for (Deployment deployment : manifests.all(Deployment.class)) {
            if (LabelSelectors.matches(selector, deployment.getSpec().getTemplate().getMetadata().getLabels())) {
                workloads.add(new Workload(deployment.getMetadata().getName()));
            }
        }
        return workloads;
    }

    private static Namespace namespaceSelectedBy(LabelSelector selector, String where) {
        Map<String, String> labels = selector.getMatchLabels();
        boolean byNameOnly = labels != null && labels.size() == 1 && labels.containsKey(NAMESPACE_NAME_LABEL)
                && (selector.getMatchExpressions() == null || selector.getMatchExpressions().isEmpty());
        if (!byNameOnly) {
            throw new IllegalArgumentException(where + ": a namespace selector must name one namespace through "
                    + NAMESPACE_NAME_LABEL);
        }
        return new Namespace(labels.get(NAMESPACE_NAME_LABEL));
    }

    private static List<String> portsOf(NetworkPolicyIngressRule rule) {
        if (rule.getPorts() == null || rule.getPorts().isEmpty()) {
            return List.of(ANY_PORT);
        }
        return rule.getPorts().stream().map(NetworkPolicyPort::getPort).map(NetworkReachability::portText).toList();
    }

    private static String portText(IntOrString port) {
        if (port == null) {
            return ANY_PORT;
        }
        return port.getStrVal() != null ? port.getStrVal() : String.valueOf(port.getIntVal());
    }
}
