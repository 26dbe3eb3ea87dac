package org.viltzoom.k8s.manifest;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.viltzoom.k8s.yaml.StrictYaml;

/** The Secrets that the manifests reference but that operators create, as listed in expected-secrets.yaml. */
public record ExpectedSecrets(List<ExpectedSecret> secrets) {

    /** One Secret: its name, its type and the keys it must or may contain. */
    public record ExpectedSecret(String name, String type, List<String> keys, List<String> optionalKeys) {

        public ExpectedSecret {
            keys = keys == null ? List.of() : List.copyOf(keys);
            optionalKeys = optionalKeys == null ? List.of() : List.copyOf(optionalKeys);
        }

        public boolean hasKey(String key) {
            return keys.contains(key) || optionalKeys.contains(key);
        }
    }

    public static ExpectedSecrets read(Path file) {
        ObjectMapper mapper = StrictYaml.mapper();
        try {
            return mapper.readValue(file.toFile(), ExpectedSecrets.class);
        } catch (IOException e) {
            throw new UncheckedIOException("Reading " + file + " failed: " + e.getMessage(), e);
        }
    }

    public Optional<ExpectedSecret> named(String name) {
        return secrets.stream().filter(secret -> secret.name().equals(name)).findFirst();
    }
}
