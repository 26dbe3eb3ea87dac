/**
 * attendance-service: The Zoom webhook endpoint and attendance from participant joins and leaves.
 *
 * <p>Hexagonal: {@code domain} (no framework), {@code application} with {@code port.in} and
 * {@code port.out}, and {@code adapter.in.*} / {@code adapter.out.*} at the edges.
 */
package org.viltzoom.attendance;
