package org.viltzoom.k8s;

import static org.assertj.core.api.Assertions.assertThat;
import static org.viltzoom.k8s.Overlays.deployment;
import static org.viltzoom.k8s.Overlays.podLabels;

import io.fabric8.kubernetes.api.model.networking.v1.NetworkPolicy;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.viltzoom.k8s.manifest.NetworkReachability;
import org.viltzoom.k8s.manifest.NetworkReachability.Allowance;
import org.viltzoom.k8s.manifest.NetworkReachability.Namespace;
import org.viltzoom.k8s.manifest.NetworkReachability.Workload;
import org.viltzoom.k8s.manifest.RenderedManifests;

/** Exactly the connections that README.md documents are allowed into each service's pods. */
class NetworkPolicyTest {

    private static final Allowance PUBLIC_INGRESS = new Allowance(new Namespace("ingress-public"), "http");
    private static final Allowance INTERNAL_INGRESS = new Allowance(new Namespace("ingress-internal"), "http");
    private static final Allowance PROMETHEUS = new Allowance(new Namespace("monitoring"), "http");

    static List<String> overlays() {
        return Overlays.all();
    }

    @ParameterizedTest
    @MethodSource("overlays")
    void namespaceDeniesIngressByDefault(String overlay) {
        List<NetworkPolicy> denyAll = Overlays.rendered(overlay).all(NetworkPolicy.class).stream()
                .filter(policy -> policy.getSpec().getPodSelector().getMatchLabels().isEmpty()
                        && policy.getSpec().getPodSelector().getMatchExpressions().isEmpty())
                .toList();

        assertThat(denyAll).hasSize(1);
        assertThat(denyAll.get(0).getSpec().getPolicyTypes()).containsExactly("Ingress");
        assertThat(denyAll.get(0).getSpec().getIngress()).isEmpty();
    }

    @ParameterizedTest
    @MethodSource("overlays")
    void accountServiceServesTheOtherServices(String overlay) {
        assertThat(allowedInto(overlay, "account-service")).containsExactlyInAnyOrder(
                new Allowance(new Workload("host-service"), "http"),
                new Allowance(new Workload("event-service"), "http"),
                new Allowance(new Workload("attendance-service"), "http"),
                INTERNAL_INGRESS,
                PROMETHEUS);
    }

    @ParameterizedTest
    @MethodSource("overlays")
    void hostAndEventServiceServeOnlyTheLms(String overlay) {
        assertThat(allowedInto(overlay, "host-service")).containsExactlyInAnyOrder(INTERNAL_INGRESS, PROMETHEUS);
        assertThat(allowedInto(overlay, "event-service")).containsExactlyInAnyOrder(INTERNAL_INGRESS, PROMETHEUS);
    }

    @ParameterizedTest
    @MethodSource("overlays")
    void onlyAttendanceServiceIsReachedFromThePublicIngress(String overlay) {
        assertThat(allowedInto(overlay, "attendance-service"))
                .containsExactlyInAnyOrder(PUBLIC_INGRESS, INTERNAL_INGRESS, PROMETHEUS);

        for (String service : List.of("account-service", "host-service", "event-service")) {
            assertThat(allowedInto(overlay, service)).as("sources allowed into %s", service).doesNotContain(PUBLIC_INGRESS);
        }
    }

    @ParameterizedTest
    @MethodSource("overlays")
    void unknownPodsReachNothing(String overlay) {
        Map<String, String> strangerLabels = Map.of("app.kubernetes.io/name", "debug-shell");

        assertThat(NetworkReachability.allowedInto(strangerLabels, Overlays.rendered(overlay))).isEmpty();
    }

    private static Set<Allowance> allowedInto(String overlay, String service) {
        RenderedManifests manifests = Overlays.rendered(overlay);
        return NetworkReachability.allowedInto(podLabels(deployment(manifests, service)), manifests);
    }
}
