package org.viltzoom.event;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.junit.QuarkusTest;
import org.viltzoom.event.testing.EventTestResources;
import org.viltzoom.kernel.testing.ServiceBaselineContract;
import org.viltzoom.kernel.testing.ZoomSimulatorTestResource;
import org.viltzoom.localstack.LocalStackTestResource;

@QuarkusTest
@QuarkusTestResource(value = LocalStackTestResource.class, initArgs = @ResourceArg(name = "service", value = "event"))
@QuarkusTestResource(ZoomSimulatorTestResource.class)
@QuarkusTestResource(EventTestResources.class)
class EventServiceBaselineTest extends ServiceBaselineContract {
}
