package org.viltzoom.k8s;

import static org.assertj.core.api.Assertions.assertThat;
import static org.viltzoom.k8s.Overlays.container;
import static org.viltzoom.k8s.Overlays.deployment;

import io.fabric8.kubernetes.api.model.ConfigMap;
import io.fabric8.kubernetes.api.model.Container;
import io.fabric8.kubernetes.api.model.EnvFromSource;
import io.fabric8.kubernetes.api.model.EnvVar;
import io.fabric8.kubernetes.api.model.Service;
import io.fabric8.kubernetes.api.model.apps.Deployment;
import java.io.IOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.viltzoom.k8s.config.PropertyPlaceholders;
import org.viltzoom.k8s.config.PropertyPlaceholders.Placeholder;
import org.viltzoom.k8s.manifest.ExpectedSecrets.ExpectedSecret;
import org.viltzoom.k8s.manifest.RenderedManifests;

/**
 * Each container gets every environment variable that its service's properties read without a
 * default, and no variable that nothing reads. The Secrets are documented in README.md.
 */
class ServiceConfigurationTest {

    /** Read by the JVM itself rather than by a property. */
    private static final Set<String> READ_BY_THE_JVM = Set.of("JAVA_TOOL_OPTIONS");

    private static final Path KERNEL_PROPERTIES =
            Path.of("shared-kernel/src/main/resources/META-INF/microprofile-config.properties");

    static List<String> overlays() {
        return Overlays.all();
    }

    @ParameterizedTest
    @MethodSource("overlays")
    void requiredVariablesAreProvided(String overlay) {
        RenderedManifests manifests = Overlays.rendered(overlay);

        for (String service : Overlays.SERVICES) {
            Set<String> required = placeholdersOf(service).stream()
                    .filter(placeholder -> !placeholder.hasDefault())
                    .map(Placeholder::variable)
                    .collect(Collectors.toSet());

            assertThat(providedVariables(manifests, deployment(manifests, service)))
                    .as("variables provided to %s", service).containsAll(required);
        }
    }

    @ParameterizedTest
    @MethodSource("overlays")
    void providedVariablesAreRead(String overlay) {
        RenderedManifests manifests = Overlays.rendered(overlay);

        for (String service : Overlays.SERVICES) {
            Set<String> read = placeholdersOf(service).stream().map(Placeholder::variable).collect(Collectors.toSet());
            read.addAll(READ_BY_THE_JVM);

            assertThat(read).as("variables that %s reads", service)
                    .containsAll(providedVariables(manifests, deployment(manifests, service)));
        }
    }

    @ParameterizedTest
    @MethodSource("overlays")
    void httpPortIsTheContainerPort(String overlay) {
        RenderedManifests manifests = Overlays.rendered(overlay);

        for (String service : Overlays.SERVICES) {
            Deployment deployment = deployment(manifests, service);
            String httpPort = configuredValue(manifests, deployment, "HTTP_PORT");

            assertThat(container(deployment).getPorts()).as("ports of %s", service)
                    .anyMatch(port -> "http".equals(port.getName()) && String.valueOf(port.getContainerPort()).equals(httpPort));
        }
    }

    @ParameterizedTest
    @MethodSource("overlays")
    void accountServiceUrlNamesItsService(String overlay) {
        RenderedManifests manifests = Overlays.rendered(overlay);

        for (String service : List.of("host-service", "event-service", "attendance-service")) {
            URI url = URI.create(configuredValue(manifests, deployment(manifests, service), "ACCOUNT_SERVICE_URL"));
            Service accountService = manifests.named(Service.class, url.getHost())
                    .orElseThrow(() -> new AssertionError("ACCOUNT_SERVICE_URL of " + service + " names no Service: " + url));

            assertThat(accountService.getMetadata().getName()).isEqualTo("account-service");
            assertThat(accountService.getSpec().getPorts()).anyMatch(port -> port.getPort() == url.getPort());
        }
    }

    @Test
    void everyExpectedSecretKeyIsUsed() {
        RenderedManifests prod = Overlays.rendered("prod");
        Set<String> used = prod.all(Deployment.class).stream()
                .flatMap(deployment -> env(container(deployment)).stream())
                .filter(variable -> variable.getValueFrom() != null && variable.getValueFrom().getSecretKeyRef() != null)
                .map(variable -> variable.getValueFrom().getSecretKeyRef().getName() + "/"
                        + variable.getValueFrom().getSecretKeyRef().getKey())
                .collect(Collectors.toSet());

        for (ExpectedSecret secret : Overlays.expectedSecrets().secrets()) {
            if (secret.type().equals("kubernetes.io/tls")) {
                continue;
            }
            for (String key : secret.keys()) {
                assertThat(used).as("Secret keys used by the Deployments").contains(secret.name() + "/" + key);
            }
            for (String key : secret.optionalKeys()) {
                assertThat(used).as("Secret keys used by the Deployments").contains(secret.name() + "/" + key);
            }
        }
    }

    @Test
    void readmeDocumentsEveryExpectedSecret() throws IOException {
        String readme = Files.readString(Overlays.K8S_DIR.resolve("README.md"));

        for (ExpectedSecret secret : Overlays.expectedSecrets().secrets()) {
            assertThat(readme).as("README.md").contains(secret.name());
            secret.keys().forEach(key -> assertThat(readme).as("README.md on %s", secret.name()).contains(key));
            secret.optionalKeys().forEach(key -> assertThat(readme).as("README.md on %s", secret.name()).contains(key));
        }
    }

    private static Set<Placeholder> placeholdersOf(String service) {
        Set<Placeholder> placeholders = new HashSet<>();
        placeholders.addAll(PropertyPlaceholders.read(
                Overlays.REPOSITORY_ROOT.resolve(service).resolve("src/main/resources/application.properties")));
        placeholders.addAll(PropertyPlaceholders.read(Overlays.REPOSITORY_ROOT.resolve(KERNEL_PROPERTIES)));
        return placeholders;
    }

    /** Collects the names of the container's variables, from its env entries and the keys of its envFrom ConfigMaps. */
    private static Set<String> providedVariables(RenderedManifests manifests, Deployment deployment) {
        Set<String> provided = env(container(deployment)).stream().map(EnvVar::getName).collect(Collectors.toSet());
        for (EnvFromSource source : container(deployment).getEnvFrom()) {
            provided.addAll(configMap(manifests, source).keySet());
        }
        return provided;
    }

    /** Returns the value a container receives for a variable set through ConfigMaps, where a later envFrom source wins. */
    private static String configuredValue(RenderedManifests manifests, Deployment deployment, String variable) {
        String value = null;
        for (EnvFromSource source : container(deployment).getEnvFrom()) {
            value = configMap(manifests, source).getOrDefault(variable, value);
        }
        assertThat(value).as("%s of %s", variable, deployment.getMetadata().getName()).isNotNull();
        return value;
    }

    private static Map<String, String> configMap(RenderedManifests manifests, EnvFromSource source) {
        return manifests.named(ConfigMap.class, source.getConfigMapRef().getName()).orElseThrow().getData();
    }

    private static List<EnvVar> env(Container container) {
        return container.getEnv() == null ? List.of() : container.getEnv();
    }
}
