/**
 * The client of account-service's Zoom token broker, for every service that calls Zoom.
 *
 * <p>{@link org.viltzoom.kernel.zoomtoken.ZoomTokenBrokerClient} sends
 * {@code POST /internal/v1/accounts/{accountId}/access-token} with a bearer token of the role
 * {@code vilt-service}, caches each account's token until shortly before it expires, runs one
 * broker request per account at a time, and replaces a token that Zoom rejected with 401 code
 * 124. It uses only the JDK's HTTP client and Jackson, so it works in any service without CDI;
 * each service creates it with its own configuration.
 *
 * <p>Service authentication comes through {@link org.viltzoom.kernel.zoomtoken.ServiceCredentials}:
 * in production a token from quarkus-oidc-client's client-credentials grant, in tests and the
 * local run a fixed token from configuration.
 */
package org.viltzoom.kernel.zoomtoken;
