/**
 * event-service: Training events backed by Zoom meetings and webinars, replaced on every edit.
 *
 * <p>Hexagonal: {@code domain} (no framework), {@code application} with {@code port.in} and
 * {@code port.out}, and {@code adapter.in.*} / {@code adapter.out.*} at the edges.
 */
package org.viltzoom.event;
