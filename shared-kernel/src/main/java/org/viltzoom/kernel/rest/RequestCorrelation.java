package org.viltzoom.kernel.rest;

import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerResponseContext;
import jakarta.ws.rs.core.UriInfo;
import java.util.UUID;
import java.util.regex.Pattern;
import org.jboss.logging.MDC;
import org.jboss.resteasy.reactive.server.ServerRequestFilter;
import org.jboss.resteasy.reactive.server.ServerResponseFilter;

/**
 * Gives every request an id, taken from {@code X-Request-Id} when the caller sent a sane one, puts
 * it and the platform into the logging context, and returns it in the response, so that an LMS
 * developer and an operator can find the same request in the logs.
 */
public class RequestCorrelation {

    public static final String HEADER = "X-Request-Id";
    public static final String MDC_REQUEST_ID = "requestId";
    public static final String MDC_PLATFORM = "platform";

    private static final Pattern SANE_ID = Pattern.compile("[A-Za-z0-9._:-]{1,128}");
    private static final String PROPERTY = RequestCorrelation.class.getName();

    @ServerRequestFilter(preMatching = true)
    public void assignRequestId(ContainerRequestContext request) {
        String sent = request.getHeaderString(HEADER);
        String requestId = sent != null && SANE_ID.matcher(sent).matches() ? sent : UUID.randomUUID().toString();
        request.setProperty(PROPERTY, requestId);
        MDC.put(MDC_REQUEST_ID, requestId);
    }

    @ServerRequestFilter
    public void recordPlatform(UriInfo uri) {
        String platform = uri.getPathParameters().getFirst("platform");
        if (platform != null) {
            MDC.put(MDC_PLATFORM, platform);
        }
    }

    @ServerResponseFilter
    public void returnRequestId(ContainerRequestContext request, ContainerResponseContext response) {
        Object requestId = request.getProperty(PROPERTY);
        if (requestId != null) {
            response.getHeaders().putSingle(HEADER, requestId);
        }
        MDC.remove(MDC_REQUEST_ID);
        MDC.remove(MDC_PLATFORM);
    }
}
