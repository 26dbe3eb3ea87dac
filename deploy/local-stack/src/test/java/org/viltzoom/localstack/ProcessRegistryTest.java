package org.viltzoom.localstack;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ProcessRegistryTest {

    @TempDir
    Path state;

    @Test
    void leftoversOfDeadProcessesAreDeleted() throws Exception {
        ProcessRegistry registry = new ProcessRegistry(state);
        Path dataDirectory = Files.createDirectories(state.resolve("postgres-1234/base"));
        registry.record("postgres", 999_999_999L, dataDirectory.getParent());

        new ProcessRegistry(state).cleanUpLeftovers();

        assertThat(dataDirectory.getParent()).doesNotExist();
        assertThat(state.resolve("processes/postgres-999999999.pid")).doesNotExist();
    }

    @Test
    void directoriesOfThisJvmAreKept() throws Exception {
        ProcessRegistry registry = new ProcessRegistry(state);
        Path kafkaDirectory = Files.createDirectories(state.resolve("kafka-1"));
        registry.recordOwnDirectory("kafka", kafkaDirectory);

        new ProcessRegistry(state).cleanUpLeftovers();

        assertThat(kafkaDirectory).exists();
    }

    @Test
    void directoriesOfGoneJvmsAreDeleted() throws Exception {
        Path kafkaDirectory = Files.createDirectories(state.resolve("kafka-2"));
        new ProcessRegistry(state).record("jvm-kafka", 999_999_998L, kafkaDirectory);

        new ProcessRegistry(state).cleanUpLeftovers();

        assertThat(kafkaDirectory).doesNotExist();
    }
}
