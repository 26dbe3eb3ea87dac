package org.viltzoom.zoomsimulator.http;

/** Handles one authenticated REST call while the simulator's lock is held. */
@FunctionalInterface
public interface ApiHandler {
    ApiResponse handle(ApiCall call);
}
