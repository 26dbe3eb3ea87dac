package org.viltzoom.account;

import org.junit.jupiter.api.Test;
import org.viltzoom.kernel.testing.HexagonalArchitecture;

class AccountArchitectureTest {

    @Test
    void ringsAreRespected() {
        HexagonalArchitecture.of("org.viltzoom.account").check();
    }
}
