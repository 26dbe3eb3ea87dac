package org.viltzoom.k8s.manifest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.fabric8.kubernetes.api.model.LabelSelectorBuilder;
import io.fabric8.kubernetes.api.model.networking.v1.NetworkPolicy;
import io.fabric8.kubernetes.api.model.networking.v1.NetworkPolicyBuilder;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.viltzoom.k8s.manifest.NetworkReachability.Allowance;
import org.viltzoom.k8s.manifest.NetworkReachability.Anyone;

class NetworkReachabilityTest {

    private static final Map<String, String> POD = Map.of("app", "sample");

    @Test
    void podWithoutPolicyIsOpen() {
        assertThat(NetworkReachability.allowedInto(POD, new RenderedManifests(List.of())))
                .containsExactly(new Allowance(new Anyone(), NetworkReachability.ANY_PORT));
    }

    @Test
    void ruleWithoutPeersAllowsAnyone() {
        NetworkPolicy policy = new NetworkPolicyBuilder().withNewMetadata().withName("open").endMetadata()
                .withNewSpec().withPodSelector(new LabelSelectorBuilder().withMatchLabels(POD).build())
                .addNewIngress().endIngress().endSpec().build();

        assertThat(NetworkReachability.allowedInto(POD, new RenderedManifests(List.of(policy))))
                .containsExactly(new Allowance(new Anyone(), NetworkReachability.ANY_PORT));
    }

    @Test
    void namespaceSelectedByOtherLabelsFails() {
        NetworkPolicy policy = new NetworkPolicyBuilder().withNewMetadata().withName("vague").endMetadata()
                .withNewSpec().withPodSelector(new LabelSelectorBuilder().withMatchLabels(POD).build())
                .addNewIngress().addNewFrom().withNamespaceSelector(new LabelSelectorBuilder()
                        .withMatchLabels(Map.of("team", "web")).build()).endFrom().endIngress().endSpec().build();

        assertThatThrownBy(() -> NetworkReachability.allowedInto(POD, new RenderedManifests(List.of(policy))))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("NetworkPolicy vague");
    }
}
