package org.viltzoom.k8s.config;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.viltzoom.k8s.config.PropertyPlaceholders.Placeholder;

class PropertyPlaceholdersTest {

    @Test
    void readsProdAndUnprofiledLinesOnly(@TempDir Path folder) throws IOException {
        Path file = folder.resolve("application.properties");
        Files.writeString(file, """
                # ${IN_COMMENT}
                quarkus.http.port=${HTTP_PORT:8081}
                vilt.key=${VILT_KEY}
                %prod.quarkus.oidc.auth-server-url=${OIDC_URL}
                %dev,test.quarkus.oidc-client.enabled=${DEV_ONLY}
                %test.quarkus.x=${TEST_ONLY}
                """);

        assertThat(PropertyPlaceholders.read(file)).containsExactlyInAnyOrder(
                new Placeholder("HTTP_PORT", true),
                new Placeholder("VILT_KEY", false),
                new Placeholder("OIDC_URL", false));
    }
}
