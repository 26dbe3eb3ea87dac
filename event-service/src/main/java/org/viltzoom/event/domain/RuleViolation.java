package org.viltzoom.event.domain;

/**
 * One broken rule of a training event, reported as a field error.
 *
 * @param field the JSON path of the request field, for example {@code alternativeHosts[3]}
 * @param code a stable, machine-readable reason
 * @param message what is wrong with the value and how to fix it
 */
public record RuleViolation(String field, String code, String message) {
}
