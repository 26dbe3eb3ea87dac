package org.viltzoom.attendance;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.junit.QuarkusTest;
import org.viltzoom.kernel.testing.ServiceBaselineContract;
import org.viltzoom.localstack.LocalStackTestResource;

@QuarkusTest
@QuarkusTestResource(value = LocalStackTestResource.class, initArgs = @ResourceArg(name = "service", value = "attendance"))
@QuarkusTestResource(WebhookSecretsStandIn.class)
class AttendanceServiceBaselineTest extends ServiceBaselineContract {
}
