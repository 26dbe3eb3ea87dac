package org.viltzoom.host;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.junit.QuarkusTest;
import org.viltzoom.host.testing.HostTestResources;
import org.viltzoom.kernel.testing.ServiceBaselineContract;
import org.viltzoom.kernel.testing.ZoomSimulatorTestResource;
import org.viltzoom.localstack.LocalStackTestResource;

@QuarkusTest
@QuarkusTestResource(value = LocalStackTestResource.class, initArgs = @ResourceArg(name = "service", value = "host"))
@QuarkusTestResource(ZoomSimulatorTestResource.class)
@QuarkusTestResource(HostTestResources.class)
class HostServiceBaselineTest extends ServiceBaselineContract {
}
