package org.viltzoom.event;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.restassured.RestAssured;
import jakarta.inject.Inject;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.viltzoom.event.application.port.in.ApplyAccountAndHostChanges;
import org.viltzoom.event.application.port.in.SyncZoomMeetings;
import org.viltzoom.event.application.port.out.TrainingEventRepository;
import org.viltzoom.event.testing.EventTestResources;
import org.viltzoom.event.testing.TestClock;
import org.viltzoom.event.testing.ZoomWorld;
import org.viltzoom.kernel.testing.ZoomSimulatorTestResource;
import org.viltzoom.localstack.LocalStackTestResource;
import org.viltzoom.zoomsimulator.faults.FaultRule;
import org.viltzoom.zoomsimulator.http.RequestLog;

/** The resources every acceptance test shares, so that one Quarkus application serves them all. */
@QuarkusTestResource(value = LocalStackTestResource.class, initArgs = @ResourceArg(name = "service", value = "event"))
@QuarkusTestResource(ZoomSimulatorTestResource.class)
@QuarkusTestResource(EventTestResources.class)
abstract class AcceptanceTestBase {

    static final String CREATE_MEETING = "/v2/users/[^/]+/meetings";
    static final String ONE_MEETING = "/v2/meetings/\\d+";

    @Inject
    ApplyAccountAndHostChanges changes;

    @Inject
    SyncZoomMeetings sync;

    @Inject
    TrainingEventRepository repository;

    @BeforeAll
    static void logFailuresOnly() {
        RestAssured.enableLoggingOfRequestAndResponseIfValidationFails();
    }

    @BeforeEach
    void cleanSimulator() {
        TestClock.INSTANCE.reset();
        ZoomWorld.simulator().clearFaults();
        ZoomWorld.simulator().clearLogs();
    }

    @AfterEach
    void clearFaults() {
        ZoomWorld.simulator().clearFaults();
        TestClock.INSTANCE.reset();
    }

    static void fault(String method, String path, int status, Integer code, int times) {
        FaultRule rule = new FaultRule();
        rule.kind = FaultRule.Kind.STATUS;
        rule.method = method;
        rule.pathPattern = path;
        rule.status = status;
        rule.code = code;
        rule.times = times;
        ZoomWorld.simulator().addFault(rule);
    }

    static void perSecondLimit(String method, String path, int times) {
        FaultRule rule = new FaultRule();
        rule.kind = FaultRule.Kind.RATE_LIMIT;
        rule.method = method;
        rule.pathPattern = path;
        rule.times = times;
        ZoomWorld.simulator().addFault(rule);
    }

    /** Counts the requests the simulator responded to with {@code status}. */
    static long answered(String method, String pathRegex, int status) {
        List<RequestLog.Entry> entries = ZoomWorld.simulator().requests();
        return entries.stream()
                .filter(entry -> entry.method().equals(method) && entry.path().matches(pathRegex) && entry.status() == status)
                .count();
    }

    static long requests(String method, String pathRegex) {
        return ZoomWorld.simulator().countRequests(method, pathRegex);
    }
}
