package org.viltzoom.localstack;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The last fallback, tried where no server answers and the embedded one cannot start. */
class SystemPostgresTest {

    @TempDir
    Path state;

    @Test
    void startsServesAndStopsAClusterOfItsOwn() throws Exception {
        Optional<Path> binaries = SystemPostgres.findBinaries();
        assumeTrue(binaries.isPresent(), "no PostgreSQL binaries under /usr/lib/postgresql");

        SystemPostgres server = SystemPostgres.start(binaries.get(), state, new ProcessRegistry(state));
        try {
            server.createDatabase("vilt_fallback_test");
            try (Connection connection = DriverManager.getConnection(server.jdbcUrl("vilt_fallback_test"),
                    server.username(), server.password());
                 ResultSet row = connection.createStatement().executeQuery("select current_database()")) {
                row.next();
                assertThat(row.getString(1)).isEqualTo("vilt_fallback_test");
            }
        } finally {
            server.close();
        }

        assertThat(server.description()).contains("PostgreSQL from");
        assertThat(state.resolve("processes")).isEmptyDirectory();
    }
}
