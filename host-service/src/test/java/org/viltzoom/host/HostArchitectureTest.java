package org.viltzoom.host;

import org.junit.jupiter.api.Test;
import org.viltzoom.kernel.testing.HexagonalArchitecture;

class HostArchitectureTest {

    @Test
    void ringsAreRespected() {
        HexagonalArchitecture.of("org.viltzoom.host").check();
    }
}
