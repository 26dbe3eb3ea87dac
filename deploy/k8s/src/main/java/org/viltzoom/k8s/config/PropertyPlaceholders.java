package org.viltzoom.k8s.config;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds the environment variables that a Quarkus properties file reads through {@code ${NAME}}
 * or {@code ${NAME:default}}, in the lines that apply to the prod profile that containers run.
 */
public final class PropertyPlaceholders {

    private static final Pattern PLACEHOLDER = Pattern.compile("\\$\\{([A-Z][A-Z0-9_]*)(:[^}]*)?}");

    private PropertyPlaceholders() {
    }

    /** An environment variable that a property reads; without a default, the service cannot start without it. */
    public record Placeholder(String variable, boolean hasDefault) {
    }

    public static Set<Placeholder> read(Path propertiesFile) {
        Set<Placeholder> placeholders = new LinkedHashSet<>();
        for (String line : lines(propertiesFile)) {
            String trimmed = line.strip();
            int equals = trimmed.indexOf('=');
            if (trimmed.isEmpty() || trimmed.startsWith("#") || equals < 0 || !appliesToProd(trimmed.substring(0, equals))) {
                continue;
            }
            Matcher matcher = PLACEHOLDER.matcher(trimmed.substring(equals + 1));
            while (matcher.find()) {
                placeholders.add(new Placeholder(matcher.group(1), matcher.group(2) != null));
            }
        }
        return placeholders;
    }

    /** Returns false for a key of another profile ({@code %dev.}, {@code %test.}, {@code %dev,test.}), which prod does not read. */
    private static boolean appliesToProd(String key) {
        if (!key.startsWith("%")) {
            return true;
        }
        String profiles = key.substring(1, key.indexOf('.'));
        return Arrays.asList(profiles.split(",")).contains("prod");
    }

    private static List<String> lines(Path file) {
        try {
            return Files.readAllLines(file);
        } catch (IOException e) {
            throw new UncheckedIOException("Reading " + file + " failed", e);
        }
    }
}
