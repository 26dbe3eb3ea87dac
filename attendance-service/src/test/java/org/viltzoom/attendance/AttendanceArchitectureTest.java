package org.viltzoom.attendance;

import org.junit.jupiter.api.Test;
import org.viltzoom.kernel.testing.HexagonalArchitecture;

class AttendanceArchitectureTest {

    @Test
    void ringsAreRespected() {
        HexagonalArchitecture.of("org.viltzoom.attendance").check();
    }
}
