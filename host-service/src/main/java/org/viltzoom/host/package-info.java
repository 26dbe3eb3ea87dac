/**
 * host-service: Zoom hosts: LMS users matched to licensed Zoom users by email, with status and resync.
 *
 * <p>Hexagonal: {@code domain} (no framework), {@code application} with {@code port.in} and
 * {@code port.out}, and {@code adapter.in.*} / {@code adapter.out.*} at the edges.
 */
package org.viltzoom.host;
