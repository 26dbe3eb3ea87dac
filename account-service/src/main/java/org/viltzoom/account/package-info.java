/**
 * account-service: Zoom account pairing, account options, templates and the Zoom token broker.
 *
 * <p>Hexagonal: {@code domain} (no framework), {@code application} with {@code port.in} and
 * {@code port.out}, and {@code adapter.in.*} / {@code adapter.out.*} at the edges.
 */
package org.viltzoom.account;
