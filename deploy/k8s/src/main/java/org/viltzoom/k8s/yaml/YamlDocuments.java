package org.viltzoom.k8s.yaml;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.MappingIterator;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** Reads the documents of a multi-document YAML file, as kubectl and kustomize split them. */
public final class YamlDocuments {

    private static final ObjectMapper MAPPER = StrictYaml.mapper();

    private YamlDocuments() {
    }

    /**
     * Reads every non-empty document of a file. A document of only comments is skipped, as
     * kustomize skips it; a document that is not a mapping is an error.
     */
    public static List<ObjectNode> read(Path file) {
        List<ObjectNode> documents = new ArrayList<>();
        try (MappingIterator<JsonNode> iterator = MAPPER.readerFor(JsonNode.class).readValues(file.toFile())) {
            while (iterator.hasNextValue()) {
                JsonNode document = iterator.nextValue();
                if (document == null || document.isNull() || document.isMissingNode()) {
                    continue;
                }
                if (!document.isObject()) {
                    throw new IllegalArgumentException(file + ": a document must be a mapping, but one is a "
                            + document.getNodeType());
                }
                documents.add((ObjectNode) document);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Reading " + file + " failed: " + e.getMessage(), e);
        }
        return documents;
    }
}
