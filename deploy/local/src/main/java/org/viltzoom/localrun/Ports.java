package org.viltzoom.localrun;

import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.ServerSocket;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;

/** The loopback ports of a run: one per service and one for the Zoom simulator. */
public record Ports(Map<Service, Integer> services, int simulator) {

    public static final int DEFAULT_SIMULATOR_PORT = 9900;

    public Ports {
        services = Map.copyOf(services);
    }

    /** Returns 8081 to 8084 for the services and 9900 for the simulator. */
    public static Ports defaults() {
        Map<Service, Integer> ports = new EnumMap<>(Service.class);
        for (Service service : Service.values()) {
            ports.put(service, service.defaultPort());
        }
        return new Ports(ports, DEFAULT_SIMULATOR_PORT);
    }

    /**
     * Returns ports that were free a moment ago, for tests that must not collide with a local run
     * or with each other. Another program may still take one before the service binds it.
     */
    public static Ports random() throws IOException {
        Set<Integer> assigned = new HashSet<>();
        Map<Service, Integer> ports = new EnumMap<>(Service.class);
        for (Service service : Service.values()) {
            ports.put(service, freePort(assigned));
        }
        return new Ports(ports, freePort(assigned));
    }

    public int of(Service service) {
        return services.get(service);
    }

    /** Returns the service's root URL on loopback, such as http://127.0.0.1:8081. */
    public URI url(Service service) {
        return URI.create("http://127.0.0.1:" + of(service));
    }

    /** Returns true when nothing listens on the loopback port and this process could bind it. */
    static boolean isFree(int port) {
        try (ServerSocket socket = new ServerSocket()) {
            socket.setReuseAddress(true);
            socket.bind(new InetSocketAddress(InetAddress.getLoopbackAddress(), port));
            return true;
        } catch (IOException e) {
            return false;
        }
    }

    /** Returns a free port not yet in {@code assigned} and adds it, because the system may hand out a closed port again. */
    private static int freePort(Set<Integer> assigned) throws IOException {
        while (true) {
            try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
                if (assigned.add(socket.getLocalPort())) {
                    return socket.getLocalPort();
                }
            }
        }
    }
}
