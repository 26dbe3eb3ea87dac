package org.viltzoom.host.application.port.in;

/** The periodic resync: checks in Zoom every host whose check is due. */
public interface CheckDueHosts {

    /** Checks due hosts until none is left or Zoom's limits stop the run; returns the number checked. */
    int checkDueHosts();
}
