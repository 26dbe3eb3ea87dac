package org.viltzoom.k8s;

import static org.assertj.core.api.Assertions.assertThat;
import static org.viltzoom.k8s.Overlays.container;
import static org.viltzoom.k8s.Overlays.podLabels;

import io.fabric8.kubernetes.api.model.ConfigMap;
import io.fabric8.kubernetes.api.model.Container;
import io.fabric8.kubernetes.api.model.ContainerPort;
import io.fabric8.kubernetes.api.model.EnvFromSource;
import io.fabric8.kubernetes.api.model.EnvVar;
import io.fabric8.kubernetes.api.model.IntOrString;
import io.fabric8.kubernetes.api.model.PersistentVolumeClaim;
import io.fabric8.kubernetes.api.model.Probe;
import io.fabric8.kubernetes.api.model.Service;
import io.fabric8.kubernetes.api.model.ServiceAccount;
import io.fabric8.kubernetes.api.model.ServicePort;
import io.fabric8.kubernetes.api.model.Volume;
import io.fabric8.kubernetes.api.model.apps.Deployment;
import io.fabric8.kubernetes.api.model.autoscaling.v2.HorizontalPodAutoscaler;
import io.fabric8.kubernetes.api.model.networking.v1.HTTPIngressPath;
import io.fabric8.kubernetes.api.model.networking.v1.Ingress;
import io.fabric8.kubernetes.api.model.networking.v1.IngressRule;
import io.fabric8.kubernetes.api.model.networking.v1.IngressServiceBackend;
import io.fabric8.kubernetes.api.model.networking.v1.IngressTLS;
import io.fabric8.kubernetes.api.model.networking.v1.NetworkPolicy;
import io.fabric8.kubernetes.api.model.networking.v1.NetworkPolicyIngressRule;
import io.fabric8.kubernetes.api.model.networking.v1.NetworkPolicyPeer;
import io.fabric8.kubernetes.api.model.networking.v1.NetworkPolicyPort;
import io.fabric8.kubernetes.api.model.policy.v1.PodDisruptionBudget;
import java.util.List;
import java.util.Objects;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.viltzoom.k8s.manifest.ExpectedSecrets;
import org.viltzoom.k8s.manifest.LabelSelectors;
import org.viltzoom.k8s.manifest.RenderedManifests;

/** Every name that one resource uses to find another resolves, in the base and in each overlay. */
class ManifestReferencesTest {

    static List<String> overlays() {
        return Overlays.all();
    }

    @ParameterizedTest
    @MethodSource("overlays")
    void servicesSelectOneDeploymentAndItsPorts(String overlay) {
        RenderedManifests manifests = Overlays.rendered(overlay);

        for (Service service : manifests.all(Service.class)) {
            List<Deployment> selected = selectedBy(service, manifests);
            assertThat(selected).as("Deployments selected by Service %s", name(service)).hasSize(1);

            Container container = container(selected.get(0));
            for (ServicePort port : service.getSpec().getPorts()) {
                assertThat(hasPort(container, port.getTargetPort()))
                        .as("Service %s targetPort %s is a port of container %s", name(service), port.getTargetPort(),
                                container.getName())
                        .isTrue();
            }
        }
    }

    @ParameterizedTest
    @MethodSource("overlays")
    void everyDeploymentHasServiceAccountServiceAndBudget(String overlay) {
        RenderedManifests manifests = Overlays.rendered(overlay);

        for (Deployment deployment : manifests.all(Deployment.class)) {
            String name = name(deployment);
            assertThat(LabelSelectors.matches(deployment.getSpec().getSelector(), podLabels(deployment)))
                    .as("Deployment %s selects its own pods", name).isTrue();
            assertThat(manifests.all(Service.class)).as("Services of %s", name)
                    .anyMatch(service -> LabelSelectors.matches(service.getSpec().getSelector(), podLabels(deployment)));
            assertThat(manifests.all(PodDisruptionBudget.class)).as("PodDisruptionBudgets of %s", name)
                    .anyMatch(budget -> LabelSelectors.matches(budget.getSpec().getSelector(), podLabels(deployment)));

            String accountName = deployment.getSpec().getTemplate().getSpec().getServiceAccountName();
            assertThat(manifests.named(ServiceAccount.class, accountName)).as("ServiceAccount of %s", name).isPresent();
        }
    }

    @ParameterizedTest
    @MethodSource("overlays")
    void budgetsSelectOneDeployment(String overlay) {
        RenderedManifests manifests = Overlays.rendered(overlay);

        for (PodDisruptionBudget budget : manifests.all(PodDisruptionBudget.class)) {
            long selected = manifests.all(Deployment.class).stream()
                    .filter(deployment -> LabelSelectors.matches(budget.getSpec().getSelector(), podLabels(deployment)))
                    .count();
            assertThat(selected).as("Deployments selected by PodDisruptionBudget %s", name(budget)).isEqualTo(1);
        }
    }

    @ParameterizedTest
    @MethodSource("overlays")
    void configMapsReferencedExist(String overlay) {
        RenderedManifests manifests = Overlays.rendered(overlay);

        for (Deployment deployment : manifests.all(Deployment.class)) {
            Container container = container(deployment);
            for (EnvFromSource source : envFrom(container)) {
                assertThat(source.getSecretRef()).as("envFrom secretRef in %s; use secretKeyRef", name(deployment)).isNull();
                String configMap = source.getConfigMapRef().getName();
                assertThat(manifests.named(ConfigMap.class, configMap))
                        .as("ConfigMap %s used by %s", configMap, name(deployment)).isPresent();
            }
            for (EnvVar variable : env(container)) {
                if (variable.getValueFrom() != null && variable.getValueFrom().getConfigMapKeyRef() != null) {
                    String configMap = variable.getValueFrom().getConfigMapKeyRef().getName();
                    String key = variable.getValueFrom().getConfigMapKeyRef().getKey();
                    assertThat(manifests.named(ConfigMap.class, configMap).map(map -> map.getData().containsKey(key)))
                            .as("key %s of ConfigMap %s used by %s", key, configMap, name(deployment)).contains(true);
                }
            }
        }
    }

    @ParameterizedTest
    @MethodSource("overlays")
    void secretsReferencedAreExpected(String overlay) {
        RenderedManifests manifests = Overlays.rendered(overlay);
        ExpectedSecrets expected = Overlays.expectedSecrets();

        for (Deployment deployment : manifests.all(Deployment.class)) {
            for (EnvVar variable : env(container(deployment))) {
                if (variable.getValueFrom() == null || variable.getValueFrom().getSecretKeyRef() == null) {
                    continue;
                }
                String secret = variable.getValueFrom().getSecretKeyRef().getName();
                String key = variable.getValueFrom().getSecretKeyRef().getKey();
                assertThat(expected.named(secret).map(listed -> listed.hasKey(key)))
                        .as("key %s of Secret %s used by %s is listed in expected-secrets.yaml", key, secret,
                                name(deployment))
                        .contains(true);
            }
            for (Volume volume : deployment.getSpec().getTemplate().getSpec().getVolumes()) {
                if (volume.getSecret() != null) {
                    assertThat(expected.named(volume.getSecret().getSecretName())).as("Secret of volume %s", volume.getName())
                            .isPresent();
                }
            }
        }
        for (Ingress ingress : manifests.all(Ingress.class)) {
            for (IngressTLS tls : ingress.getSpec().getTls()) {
                assertThat(expected.named(tls.getSecretName()).map(ExpectedSecrets.ExpectedSecret::type))
                        .as("TLS Secret of Ingress %s", name(ingress)).contains("kubernetes.io/tls");
            }
        }
    }

    @ParameterizedTest
    @MethodSource("overlays")
    void volumesReferenceExistingClaims(String overlay) {
        RenderedManifests manifests = Overlays.rendered(overlay);

        for (Deployment deployment : manifests.all(Deployment.class)) {
            for (Volume volume : deployment.getSpec().getTemplate().getSpec().getVolumes()) {
                if (volume.getPersistentVolumeClaim() != null) {
                    String claim = volume.getPersistentVolumeClaim().getClaimName();
                    assertThat(manifests.named(PersistentVolumeClaim.class, claim))
                            .as("PersistentVolumeClaim %s of %s", claim, name(deployment)).isPresent();
                }
            }
            List<String> volumeNames = deployment.getSpec().getTemplate().getSpec().getVolumes().stream()
                    .map(Volume::getName).toList();
            container(deployment).getVolumeMounts().forEach(mount -> assertThat(volumeNames)
                    .as("volume of mount %s in %s", mount.getMountPath(), name(deployment)).contains(mount.getName()));
        }
    }

    @ParameterizedTest
    @MethodSource("overlays")
    void probesUseContainerPorts(String overlay) {
        for (Deployment deployment : Overlays.rendered(overlay).all(Deployment.class)) {
            Container container = container(deployment);
            for (Probe probe : List.of(container.getStartupProbe(), container.getLivenessProbe(), container.getReadinessProbe())) {
                assertThat(hasPort(container, probe.getHttpGet().getPort()))
                        .as("probe port %s of %s", probe.getHttpGet().getPort(), name(deployment)).isTrue();
            }
        }
    }

    @ParameterizedTest
    @MethodSource("overlays")
    void ingressBackendsNameServicePorts(String overlay) {
        RenderedManifests manifests = Overlays.rendered(overlay);

        for (Ingress ingress : manifests.all(Ingress.class)) {
            for (IngressRule rule : ingress.getSpec().getRules()) {
                for (HTTPIngressPath path : rule.getHttp().getPaths()) {
                    IngressServiceBackend backend = path.getBackend().getService();
                    Service service = manifests.named(Service.class, backend.getName())
                            .orElseThrow(() -> new AssertionError("Ingress " + name(ingress) + " names Service "
                                    + backend.getName() + ", which does not exist"));
                    assertThat(service.getSpec().getPorts())
                            .as("port %s of Service %s", backend.getPort(), backend.getName())
                            .anyMatch(port -> Objects.equals(port.getName(), backend.getPort().getName())
                                    || Objects.equals(port.getPort(), backend.getPort().getNumber()));
                }
            }
        }
    }

    @ParameterizedTest
    @MethodSource("overlays")
    void autoscalersTargetDeployments(String overlay) {
        RenderedManifests manifests = Overlays.rendered(overlay);

        for (HorizontalPodAutoscaler autoscaler : manifests.all(HorizontalPodAutoscaler.class)) {
            var target = autoscaler.getSpec().getScaleTargetRef();
            assertThat(target.getKind()).isEqualTo("Deployment");
            assertThat(manifests.named(Deployment.class, target.getName()))
                    .as("target of HorizontalPodAutoscaler %s", name(autoscaler)).isPresent();
        }
    }

    @ParameterizedTest
    @MethodSource("overlays")
    void networkPolicySelectorsMatchPodsAndPorts(String overlay) {
        RenderedManifests manifests = Overlays.rendered(overlay);

        for (NetworkPolicy policy : manifests.all(NetworkPolicy.class)) {
            List<Deployment> selected = manifests.all(Deployment.class).stream()
                    .filter(deployment -> LabelSelectors.matches(policy.getSpec().getPodSelector(), podLabels(deployment)))
                    .toList();
            assertThat(selected).as("pods selected by NetworkPolicy %s", name(policy)).isNotEmpty();

            for (NetworkPolicyIngressRule rule : policy.getSpec().getIngress()) {
                peerPodSelectors(rule).forEach(peer -> assertThat(manifests.all(Deployment.class))
                        .as("pods of a peer in NetworkPolicy %s", name(policy))
                        .anyMatch(deployment -> LabelSelectors.matches(peer.getPodSelector(), podLabels(deployment))));
                for (NetworkPolicyPort port : rule.getPorts()) {
                    selected.forEach(deployment -> assertThat(hasPort(container(deployment), port.getPort()))
                            .as("port %s of NetworkPolicy %s on %s", port.getPort(), name(policy), name(deployment))
                            .isTrue());
                }
            }
        }
    }

    static List<Deployment> selectedBy(Service service, RenderedManifests manifests) {
        return manifests.all(Deployment.class).stream()
                .filter(deployment -> LabelSelectors.matches(service.getSpec().getSelector(), podLabels(deployment)))
                .toList();
    }

    /** Checks whether a container exposes a port given by number or by name, as probes, Services and policies give it. */
    static boolean hasPort(Container container, IntOrString port) {
        List<ContainerPort> ports = container.getPorts();
        if (port.getStrVal() != null) {
            return ports.stream().anyMatch(candidate -> port.getStrVal().equals(candidate.getName()));
        }
        return ports.stream().anyMatch(candidate -> port.getIntVal().equals(candidate.getContainerPort()));
    }

    private static Stream<NetworkPolicyPeer> peerPodSelectors(NetworkPolicyIngressRule rule) {
        return rule.getFrom().stream().filter(peer -> peer.getPodSelector() != null);
    }

    private static List<EnvFromSource> envFrom(Container container) {
        return container.getEnvFrom() == null ? List.of() : container.getEnvFrom();
    }

    private static List<EnvVar> env(Container container) {
        return container.getEnv() == null ? List.of() : container.getEnv();
    }

    private static String name(io.fabric8.kubernetes.api.model.HasMetadata resource) {
        return resource.getMetadata().getName();
    }
}
