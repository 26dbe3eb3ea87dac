package org.viltzoom.kernel.rest;

/**
 * One invalid field of a request.
 *
 * @param field the JSON path of the field, for example {@code alternativeHosts[3]}
 * @param code a stable, machine-readable reason, for example {@code too-long}
 * @param message what is wrong with the value and how to fix it
 */
public record FieldViolation(String field, String code, String message) {
}
