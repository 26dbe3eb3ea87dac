package org.viltzoom.zoomsimulator.http;

/** One entry of the {@code errors[]} array that Zoom adds to a validation error (code 300). */
public record FieldError(String field, String message) {
}
