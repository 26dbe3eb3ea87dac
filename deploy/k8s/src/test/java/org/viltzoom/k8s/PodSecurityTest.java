package org.viltzoom.k8s;

import static org.assertj.core.api.Assertions.assertThat;
import static org.viltzoom.k8s.Overlays.container;

import io.fabric8.kubernetes.api.model.Container;
import io.fabric8.kubernetes.api.model.PodSecurityContext;
import io.fabric8.kubernetes.api.model.PodSpec;
import io.fabric8.kubernetes.api.model.Quantity;
import io.fabric8.kubernetes.api.model.SecurityContext;
import io.fabric8.kubernetes.api.model.ServiceAccount;
import io.fabric8.kubernetes.api.model.Volume;
import io.fabric8.kubernetes.api.model.VolumeMount;
import io.fabric8.kubernetes.api.model.apps.Deployment;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.viltzoom.k8s.manifest.RenderedManifests;

/** Every pod runs without root, privileges or a writable image, with probes, limits and metrics. */
class PodSecurityTest {

    static List<String> overlays() {
        return Overlays.all();
    }

    @ParameterizedTest
    @MethodSource("overlays")
    void podsRunAsNonRootWithoutPrivileges(String overlay) {
        for (Deployment deployment : Overlays.rendered(overlay).all(Deployment.class)) {
            PodSpec pod = deployment.getSpec().getTemplate().getSpec();
            PodSecurityContext podContext = pod.getSecurityContext();
            SecurityContext containerContext = container(deployment).getSecurityContext();
            String name = deployment.getMetadata().getName();

            assertThat(podContext.getRunAsNonRoot()).as("runAsNonRoot of %s", name).isTrue();
            assertThat(podContext.getRunAsUser()).as("runAsUser of %s", name).isPositive();
            assertThat(podContext.getSeccompProfile().getType()).as("seccomp of %s", name).isEqualTo("RuntimeDefault");
            assertThat(containerContext.getAllowPrivilegeEscalation()).as("privilege escalation in %s", name).isFalse();
            assertThat(containerContext.getReadOnlyRootFilesystem()).as("read-only root of %s", name).isTrue();
            assertThat(containerContext.getCapabilities().getDrop()).as("dropped capabilities of %s", name)
                    .containsExactly("ALL");
            assertThat(containerContext.getCapabilities().getAdd()).as("added capabilities of %s", name).isEmpty();
            assertThat(containerContext.getPrivileged()).as("privileged %s", name).isNotEqualTo(Boolean.TRUE);
        }
    }

    @ParameterizedTest
    @MethodSource("overlays")
    void podsGetNoServiceAccountToken(String overlay) {
        RenderedManifests manifests = Overlays.rendered(overlay);

        for (Deployment deployment : manifests.all(Deployment.class)) {
            assertThat(deployment.getSpec().getTemplate().getSpec().getAutomountServiceAccountToken())
                    .as("automountServiceAccountToken of %s", deployment.getMetadata().getName()).isFalse();
        }
        for (ServiceAccount account : manifests.all(ServiceAccount.class)) {
            assertThat(account.getAutomountServiceAccountToken())
                    .as("automountServiceAccountToken of ServiceAccount %s", account.getMetadata().getName()).isFalse();
        }
    }

    @ParameterizedTest
    @MethodSource("overlays")
    void temporaryFilesGoToEmptyDir(String overlay) {
        for (Deployment deployment : Overlays.rendered(overlay).all(Deployment.class)) {
            VolumeMount tmp = container(deployment).getVolumeMounts().stream()
                    .filter(mount -> mount.getMountPath().equals("/tmp")).findFirst()
                    .orElseThrow(() -> new AssertionError("no /tmp mount in " + deployment.getMetadata().getName()));
            Volume volume = deployment.getSpec().getTemplate().getSpec().getVolumes().stream()
                    .filter(candidate -> candidate.getName().equals(tmp.getName())).findFirst().orElseThrow();

            assertThat(volume.getEmptyDir()).as("volume of /tmp in %s", deployment.getMetadata().getName()).isNotNull();
            assertThat(tmp.getReadOnly()).isNotEqualTo(Boolean.TRUE);
        }
    }

    @ParameterizedTest
    @MethodSource("overlays")
    void requestsAndLimitsAreSet(String overlay) {
        for (Deployment deployment : Overlays.rendered(overlay).all(Deployment.class)) {
            Map<String, Quantity> requests = container(deployment).getResources().getRequests();
            Map<String, Quantity> limits = container(deployment).getResources().getLimits();

            for (String resource : List.of("cpu", "memory")) {
                assertThat(requests).as("%s request of %s", resource, deployment.getMetadata().getName())
                        .containsKey(resource);
                assertThat(limits).as("%s limit of %s", resource, deployment.getMetadata().getName())
                        .containsKey(resource);
                assertThat(requests.get(resource).getNumericalAmount())
                        .as("%s request of %s is at most its limit", resource, deployment.getMetadata().getName())
                        .isLessThanOrEqualTo(limits.get(resource).getNumericalAmount());
            }
        }
    }

    @ParameterizedTest
    @MethodSource("overlays")
    void probesUseQuarkusHealthEndpoints(String overlay) {
        for (Deployment deployment : Overlays.rendered(overlay).all(Deployment.class)) {
            Container container = container(deployment);

            assertThat(container.getStartupProbe().getHttpGet().getPath()).isEqualTo("/q/health/started");
            assertThat(container.getLivenessProbe().getHttpGet().getPath()).isEqualTo("/q/health/live");
            assertThat(container.getReadinessProbe().getHttpGet().getPath()).isEqualTo("/q/health/ready");
        }
    }

    @ParameterizedTest
    @MethodSource("overlays")
    void prometheusScrapesTheContainerPort(String overlay) {
        for (Deployment deployment : Overlays.rendered(overlay).all(Deployment.class)) {
            Map<String, String> annotations = deployment.getSpec().getTemplate().getMetadata().getAnnotations();
            Integer httpPort = container(deployment).getPorts().get(0).getContainerPort();

            assertThat(annotations).containsEntry("prometheus.io/scrape", "true")
                    .containsEntry("prometheus.io/path", "/q/metrics")
                    .containsEntry("prometheus.io/port", String.valueOf(httpPort));
        }
    }
}
