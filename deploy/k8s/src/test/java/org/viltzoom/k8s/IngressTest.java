package org.viltzoom.k8s;

import static org.assertj.core.api.Assertions.assertThat;

import io.fabric8.kubernetes.api.model.ConfigMap;
import io.fabric8.kubernetes.api.model.networking.v1.HTTPIngressPath;
import io.fabric8.kubernetes.api.model.networking.v1.Ingress;
import io.fabric8.kubernetes.api.model.networking.v1.IngressRule;
import io.fabric8.kubernetes.api.model.networking.v1.IngressTLS;
import java.net.URI;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.viltzoom.k8s.manifest.RenderedManifests;

/** The internet reaches only the webhook path; the LMS reaches only /api/v1, over TLS. */
class IngressTest {

    static List<String> overlays() {
        return Overlays.all();
    }

    @ParameterizedTest
    @MethodSource("overlays")
    void publicIngressRoutesOnlyZoomWebhooks(String overlay) {
        List<Ingress> publicIngresses = ingressesOfClass(Overlays.rendered(overlay), "public");

        assertThat(publicIngresses).hasSize(1);
        List<HTTPIngressPath> paths = pathsOf(publicIngresses.get(0));
        assertThat(paths).hasSize(1);
        assertThat(paths.get(0).getPath()).isEqualTo("/zoom/webhooks");
        assertThat(paths.get(0).getPathType()).isEqualTo("Prefix");
        assertThat(paths.get(0).getBackend().getService().getName()).isEqualTo("attendance-service");
    }

    @ParameterizedTest
    @MethodSource("overlays")
    void internalIngressRoutesOnlyApiOfEachService(String overlay) {
        List<Ingress> internalIngresses = ingressesOfClass(Overlays.rendered(overlay), "internal");

        assertThat(internalIngresses).hasSize(1);
        List<HTTPIngressPath> paths = pathsOf(internalIngresses.get(0));
        assertThat(paths).extracting(HTTPIngressPath::getPath).containsOnly("/api/v1");
        assertThat(paths).extracting(HTTPIngressPath::getPathType).containsOnly("Prefix");
        assertThat(paths).extracting(path -> path.getBackend().getService().getName())
                .containsExactlyInAnyOrderElementsOf(Overlays.SERVICES);
    }

    @ParameterizedTest
    @MethodSource("overlays")
    void everyIngressHasAClassAndTlsForEachHost(String overlay) {
        assertThat(Overlays.rendered(overlay).all(Ingress.class)).hasSize(2);

        for (Ingress ingress : Overlays.rendered(overlay).all(Ingress.class)) {
            List<String> tlsHosts = ingress.getSpec().getTls().stream().map(IngressTLS::getHosts).flatMap(List::stream).toList();
            assertThat(ingress.getSpec().getIngressClassName()).as("class of %s", ingress.getMetadata().getName()).isNotBlank();
            assertThat(tlsHosts).as("TLS hosts of %s", ingress.getMetadata().getName())
                    .containsExactlyInAnyOrderElementsOf(ingress.getSpec().getRules().stream().map(IngressRule::getHost).toList());
        }
    }

    @ParameterizedTest
    @MethodSource("overlays")
    void oauthRedirectUriReachesAccountService(String overlay) {
        RenderedManifests manifests = Overlays.rendered(overlay);
        URI redirect = URI.create(manifests.named(ConfigMap.class, "account-service-config").orElseThrow()
                .getData().get("ZOOM_REDIRECT_URI"));

        assertThat(redirect.getScheme()).isEqualTo("https");
        assertThat(redirect.getPath()).isEqualTo("/api/v1/zoom/oauth/callback");
        assertThat(manifests.all(Ingress.class).stream().flatMap(ingress -> ingress.getSpec().getRules().stream())
                .filter(rule -> redirect.getHost().equals(rule.getHost()))
                .flatMap(rule -> rule.getHttp().getPaths().stream())
                .filter(path -> redirect.getPath().startsWith(path.getPath() + "/"))
                .map(path -> path.getBackend().getService().getName()))
                .as("Services that the Ingress rules for %s route to", redirect)
                .containsExactly("account-service");
    }

    private static List<Ingress> ingressesOfClass(RenderedManifests manifests, String ingressClass) {
        return manifests.all(Ingress.class).stream()
                .filter(ingress -> ingressClass.equals(ingress.getSpec().getIngressClassName()))
                .toList();
    }

    private static List<HTTPIngressPath> pathsOf(Ingress ingress) {
        return ingress.getSpec().getRules().stream().flatMap(rule -> rule.getHttp().getPaths().stream()).toList();
    }
}
