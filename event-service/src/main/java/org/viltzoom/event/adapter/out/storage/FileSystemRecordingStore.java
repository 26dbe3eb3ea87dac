package org.viltzoom.event.adapter.out.storage;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.UUID;
import org.viltzoom.event.application.port.out.RecordingStore;

/**
 * Keeps imported recordings under {@link RecordingStoreSettings#directory()}, one folder per
 * event. A file is written to a temporary name first, so a failed download never replaces a
 * complete copy.
 */
@ApplicationScoped
class FileSystemRecordingStore implements RecordingStore {

    @Inject
    RecordingStoreSettings settings;

    @Override
    public String store(UUID trainingEventId, String fileId, Content content) {
        Path folder = settings.directory().resolve(trainingEventId.toString());
        Path target = folder.resolve(safeName(fileId));
        Path partial = folder.resolve(safeName(fileId) + ".partial");
        try {
            Files.createDirectories(folder);
            try (OutputStream out = Files.newOutputStream(partial)) {
                content.writeTo(out);
            }
            Files.move(partial, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            return target.toString();
        } catch (IOException e) {
            throw new UncheckedIOException("Storing recording file " + fileId + " failed", e);
        } finally {
            try {
                Files.deleteIfExists(partial);
            } catch (IOException ignored) {
                // The next import of the same file overwrites the leftover.
            }
        }
    }

    /** Zoom file ids are opaque; anything but letters, digits, dot, dash and underscore is replaced. */
    private static String safeName(String fileId) {
        return fileId.replaceAll("[^A-Za-z0-9._-]", "_");
    }
}
