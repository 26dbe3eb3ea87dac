package org.viltzoom.account.domain;

/** A meeting template of the paired Zoom user; {@code type} is Zoom's template type. */
public record ZoomTemplate(String id, String name, int type) {
}
