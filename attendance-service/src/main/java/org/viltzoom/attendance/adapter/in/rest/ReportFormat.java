package org.viltzoom.attendance.adapter.in.rest;

import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import java.util.Locale;
import org.viltzoom.kernel.rest.FieldViolation;
import org.viltzoom.kernel.rest.ProblemException;

/** Chooses JSON or CSV: the {@code format} query parameter wins, else the first acceptable type of {@code Accept}. */
final class ReportFormat {

    private ReportFormat() {
    }

    static boolean isCsv(String format, HttpHeaders headers) {
        if (format != null && !format.isBlank()) {
            return switch (format.trim().toLowerCase(Locale.ROOT)) {
                case "csv" -> true;
                case "json" -> false;
                default -> throw ProblemException.invalidFields(List.of(new FieldViolation("format", "invalid-value",
                        "format must be 'json' or 'csv'; leave it out to choose by the Accept header.")));
            };
        }

        for (MediaType accepted : headers.getAcceptableMediaTypes()) {
            if ("text".equalsIgnoreCase(accepted.getType()) && "csv".equalsIgnoreCase(accepted.getSubtype())) {
                return true;
            }
            if (accepted.isCompatible(MediaType.APPLICATION_JSON_TYPE)) {
                return false;
            }
        }
        return false;
    }
}
