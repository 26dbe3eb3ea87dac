package org.viltzoom.localrun;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PidFilesTest {

    @TempDir
    Path directory;

    private final List<Process> started = new ArrayList<>();

    @AfterEach
    void stopProcesses() {
        started.forEach(Process::destroyForcibly);
    }

    @Test
    void stopsLeftoverOfKilledRun() throws Exception {
        Process leftover = sleeper();
        new PidFiles(directory).record("host-service", leftover.toHandle());
        List<String> reported = new ArrayList<>();

        new PidFiles(directory).stopLeftovers(reported::add);

        assertThat(leftover.waitFor(10, TimeUnit.SECONDS)).isTrue();
        assertThat(reported).singleElement().asString().contains("host-service", Long.toString(leftover.pid()));
        assertThat(directory.resolve("host-service.pid")).doesNotExist();
    }

    @Test
    void sparesProcessThatReusedPid() throws Exception {
        Process unrelated = sleeper();
        // The same pid, started at another time: the system gave the pid of a stopped service to this process.
        Files.writeString(directory.resolve("event-service.pid"), unrelated.pid() + " 1000\n");

        new PidFiles(directory).stopLeftovers(line -> { });

        assertThat(unrelated.isAlive()).isTrue();
        assertThat(directory.resolve("event-service.pid")).doesNotExist();
    }

    @Test
    void ignoresUnreadableFile() throws Exception {
        Files.writeString(directory.resolve("account-service.pid"), "not a pid");

        new PidFiles(directory).stopLeftovers(line -> { });

        assertThat(directory.resolve("account-service.pid")).doesNotExist();
    }

    @Test
    void claimRejectsLiveOwner() throws Exception {
        Process owner = sleeper();
        new PidFiles(directory).record("owner", owner.toHandle());

        assertThatThrownBy(() -> new PidFiles(directory).claim())
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("pid " + owner.pid());
    }

    @Test
    void claimTakesOverDeadOwner() throws Exception {
        Process owner = sleeper();
        new PidFiles(directory).record("owner", owner.toHandle());
        owner.destroyForcibly().waitFor();

        new PidFiles(directory).claim();

        assertThat(Files.readString(directory.resolve("owner.pid"))).startsWith(ProcessHandle.current().pid() + " ");
    }

    private Process sleeper() throws Exception {
        Process process = new ProcessBuilder("sleep", "60").start();
        started.add(process);
        return process;
    }
}
