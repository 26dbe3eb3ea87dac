package org.viltzoom.k8s;

import java.net.URISyntaxException;
import java.net.URL;
import java.nio.file.Path;

/** Paths of files under src/test/resources. */
public final class TestFiles {

    private TestFiles() {
    }

    public static Path resource(String name) {
        URL url = TestFiles.class.getResource("/" + name);
        if (url == null) {
            throw new IllegalArgumentException("No test resource " + name);
        }
        try {
            return Path.of(url.toURI());
        } catch (URISyntaxException e) {
            throw new IllegalArgumentException(e);
        }
    }
}
