package org.viltzoom.bench;

import java.io.IOException;
import java.net.URI;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Starts a service from its Quarkus application directory (a copy taken when the benchmark
 * began, so that builds running meanwhile cannot change it) with the local stack's settings.
 * Every service listens on 127.0.0.1 only.
 */
final class ServiceLauncher {

    private final Path appsDirectory;
    private final Path logDirectory;
    private final LocalStackProcess stack;
    private final String serviceToken;
    private final String accountServiceUrl;
    private final Map<String, String> accountKeys;
    private final Path attendanceApp;

    ServiceLauncher(Path appsDirectory, Path logDirectory, LocalStackProcess stack, String serviceToken,
                    String accountServiceUrl) {
        this.appsDirectory = appsDirectory;
        this.logDirectory = logDirectory;
        this.stack = stack;
        this.serviceToken = serviceToken;
        this.accountServiceUrl = accountServiceUrl;
        this.attendanceApp = appsDirectory.resolve(Service.ATTENDANCE.artifact());
        // Fresh keys per benchmark: its account database starts empty, so nothing encrypted needs an older key.
        this.accountKeys = Map.of("VILT_ENCRYPTION_KEY", randomKey(), "VILT_STATE_SIGNING_KEY", randomKey());
    }

    private ServiceLauncher(ServiceLauncher original, Path attendanceApp) {
        this.appsDirectory = original.appsDirectory;
        this.logDirectory = original.logDirectory;
        this.stack = original.stack;
        this.serviceToken = original.serviceToken;
        this.accountServiceUrl = original.accountServiceUrl;
        this.accountKeys = original.accountKeys;
        this.attendanceApp = attendanceApp;
    }

    /** Returns a launcher that starts attendance-service from another application directory. */
    ServiceLauncher withAttendanceApp(Path application) {
        return new ServiceLauncher(this, application);
    }

    /**
     * Starts a service and waits until it is ready.
     *
     * @param jvmOptions added after {@code -Xmx512m}, for example a GC log or a flight recording
     */
    ManagedProcess startAndAwait(Service service, String logName, List<String> jvmOptions)
            throws IOException, InterruptedException {
        List<String> command = new ArrayList<>();
        command.add(LocalStackProcess.javaExecutable());
        command.add("-Xmx512m");
        command.addAll(jvmOptions);
        command.add("-jar");
        Path application = service == Service.ATTENDANCE ? attendanceApp : appsDirectory.resolve(service.artifact());
        command.add(application.resolve("quarkus-run.jar").toString());

        ManagedProcess process = ManagedProcess.start(service.artifact(), command, environment(service),
                logDirectory.resolve(logName + ".log"));
        try {
            return process.awaitReady(URI.create(baseUrl(service) + "/q/health/ready"));
        } catch (IOException | InterruptedException | RuntimeException e) {
            process.close();
            throw e;
        }
    }

    static String baseUrl(Service service) {
        return "http://127.0.0.1:" + service.port();
    }

    private Map<String, String> environment(Service service) {
        Map<String, String> environment = new HashMap<>(stack.settings());
        environment.remove("VILT_DB_URL_PREFIX");
        environment.put("DB_URL", stack.jdbcUrl(service.database()));
        environment.put("HTTP_PORT", Integer.toString(service.port()));
        environment.put("QUARKUS_HTTP_HOST", "127.0.0.1");
        environment.put("ACCOUNT_SERVICE_URL", accountServiceUrl);
        environment.put("VILT_SERVICE_TOKEN", serviceToken);
        if (service == Service.ACCOUNT) {
            // Zoom is never called while the service idles; these point at a closed loopback port.
            environment.put("ZOOM_OAUTH_URL", "http://127.0.0.1:9");
            environment.put("ZOOM_API_URL", "http://127.0.0.1:9");
            environment.put("ZOOM_CLIENT_ID", "bench-client-id");
            environment.put("ZOOM_CLIENT_SECRET", "bench-client-secret");
            environment.put("ZOOM_REDIRECT_URI", baseUrl(service) + "/api/v1/zoom/oauth/callback");
            environment.putAll(accountKeys);
        }
        if (service == Service.EVENT) {
            environment.put("VILT_RECORDINGS_DIR", logDirectory.resolveSibling("recordings").toString());
        }
        return environment;
    }

    private static String randomKey() {
        byte[] key = new byte[32];
        new SecureRandom().nextBytes(key);
        return Base64.getEncoder().encodeToString(key);
    }
}
