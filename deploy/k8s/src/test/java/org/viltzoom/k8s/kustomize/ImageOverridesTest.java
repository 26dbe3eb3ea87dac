package org.viltzoom.k8s.kustomize;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ImageOverridesTest {

    @Test
    void nameDropsTagAndDigest() {
        assertThat(ImageOverrides.nameOf("ghcr.io/vilt-zoom/account-service")).isEqualTo("ghcr.io/vilt-zoom/account-service");
        assertThat(ImageOverrides.nameOf("ghcr.io/vilt-zoom/account-service:0.1.0")).isEqualTo("ghcr.io/vilt-zoom/account-service");
        assertThat(ImageOverrides.nameOf("localhost:5000/sample")).isEqualTo("localhost:5000/sample");
        assertThat(ImageOverrides.nameOf("localhost:5000/sample:1@sha256:abc")).isEqualTo("localhost:5000/sample");
    }

    @Test
    void digestReplacesTag() {
        Kustomization.ImageOverride override = new Kustomization.ImageOverride("sample", null, null, "sha256:abc");

        assertThat(ImageOverrides.rewritten("sample:1.0", override)).isEqualTo("sample@sha256:abc");
    }

    @Test
    void newNameKeepsTheTag() {
        Kustomization.ImageOverride override = new Kustomization.ImageOverride("sample", "mirror.example.org/sample", null, null);

        assertThat(ImageOverrides.rewritten("sample:1.0", override)).isEqualTo("mirror.example.org/sample:1.0");
    }
}
