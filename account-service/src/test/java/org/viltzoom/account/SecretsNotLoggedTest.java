package org.viltzoom.account;

import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.junit.QuarkusTest;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.viltzoom.kernel.testing.ZoomSimulatorTestResource;
import org.viltzoom.localstack.LocalStackTestResource;

/** Runs after the other test classes and reads everything the service logged during them. */
@QuarkusTest
@QuarkusTestResource(value = LocalStackTestResource.class, initArgs = @ResourceArg(name = "service", value = "account"))
@QuarkusTestResource(ZoomSimulatorTestResource.class)
@Order(Integer.MAX_VALUE)
class SecretsNotLoggedTest {

    @Test
    void noSecretAppearsInTheLog() throws Exception {
        String log = Files.readString(Path.of("target/account-service-test.log"));
        List<String> secrets = new ArrayList<>(List.of(
                ZoomSimulatorTestResource.OAUTH_CLIENT_SECRET,
                ZoomSimulatorTestResource.OAUTH_WEBHOOK_SECRET,
                ZoomSimulatorTestResource.ENCRYPTION_KEY,
                ZoomSimulatorTestResource.STATE_SIGNING_KEY,
                ZoomSeed.S2S_CLIENT_SECRET,
                ZoomSeed.S2S_WEBHOOK_SECRET));
        secrets.addAll(AccountApi.ISSUED_TOKENS);

        assertThat(log).as("the test log").contains("Paired accountId=");
        assertThat(AccountApi.ISSUED_TOKENS).as("tokens issued during the tests").isNotEmpty();
        for (String secret : secrets) {
            assertThat(log).as("the log must not contain a secret").doesNotContain(secret);
        }
    }
}
