package org.viltzoom.event;

import org.junit.jupiter.api.Test;
import org.viltzoom.kernel.testing.HexagonalArchitecture;

class EventArchitectureTest {

    @Test
    void ringsAreRespected() {
        HexagonalArchitecture.of("org.viltzoom.event").check();
    }
}
