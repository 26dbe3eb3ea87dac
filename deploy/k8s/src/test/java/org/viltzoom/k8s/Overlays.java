package org.viltzoom.k8s;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.fabric8.kubernetes.api.model.Container;
import io.fabric8.kubernetes.api.model.apps.Deployment;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.viltzoom.k8s.kustomize.KustomizeRenderer;
import org.viltzoom.k8s.manifest.ExpectedSecrets;
import org.viltzoom.k8s.manifest.ManifestParser;
import org.viltzoom.k8s.manifest.RenderedManifests;

/** The manifests under test: the base and each overlay, rendered once and parsed into typed objects. */
final class Overlays {

    static final Path K8S_DIR = Path.of(System.getProperty("vilt.k8s.dir", ".")).toAbsolutePath().normalize();
    static final Path REPOSITORY_ROOT =
            Path.of(System.getProperty("vilt.repository.root", "../..")).toAbsolutePath().normalize();

    static final List<String> SERVICES = List.of("account-service", "host-service", "event-service", "attendance-service");

    private static final Map<String, List<ObjectNode>> DOCUMENTS = new ConcurrentHashMap<>();
    private static final Map<String, RenderedManifests> PARSED = new ConcurrentHashMap<>();

    private Overlays() {
    }

    /** Returns the overlays that an operator deploys. */
    static List<String> deployable() {
        return List.of("dev", "prod");
    }

    /** Returns the overlays and the base, which must be valid on its own too. */
    static List<String> all() {
        return List.of("base", "dev", "prod");
    }

    static List<ObjectNode> documents(String overlay) {
        return DOCUMENTS.computeIfAbsent(overlay, name -> new KustomizeRenderer().render(folderOf(name)));
    }

    static RenderedManifests rendered(String overlay) {
        return PARSED.computeIfAbsent(overlay, name -> new ManifestParser().parseAll(documents(name)));
    }

    static ExpectedSecrets expectedSecrets() {
        return ExpectedSecrets.read(K8S_DIR.resolve("expected-secrets.yaml"));
    }

    static Deployment deployment(RenderedManifests manifests, String name) {
        return manifests.named(Deployment.class, name)
                .orElseThrow(() -> new AssertionError("no Deployment " + name));
    }

    static Container container(Deployment deployment) {
        List<Container> containers = deployment.getSpec().getTemplate().getSpec().getContainers();
        if (containers.size() != 1) {
            throw new AssertionError("Deployment " + deployment.getMetadata().getName() + " has " + containers.size()
                    + " containers, expected one");
        }
        return containers.get(0);
    }

    static Map<String, String> podLabels(Deployment deployment) {
        return deployment.getSpec().getTemplate().getMetadata().getLabels();
    }

    private static Path folderOf(String overlay) {
        return overlay.equals("base") ? K8S_DIR.resolve("base") : K8S_DIR.resolve("overlays").resolve(overlay);
    }
}
