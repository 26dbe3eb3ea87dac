package org.viltzoom.attendance.adapter.in.rest;

import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;

/**
 * A CSV document as RFC 4180 writes it: CRLF line ends, and fields with a comma, quote or line
 * break in double quotes, with inner quotes doubled. A text field that starts with {@code =},
 * {@code +}, {@code -}, {@code @}, tab or carriage return gets a leading single quote, so that a
 * spreadsheet shows it as text and never runs it as a formula. Numbers are written unchanged.
 */
final class CsvTable {

    static final String MEDIA_TYPE = "text/csv";

    private final StringBuilder document = new StringBuilder();

    CsvTable(String... header) {
        row((Object[]) header);
    }

    CsvTable row(Object... fields) {
        for (int i = 0; i < fields.length; i++) {
            if (i > 0) {
                document.append(',');
            }
            document.append(field(fields[i]));
        }
        document.append("\r\n");
        return this;
    }

    /** Builds the response, which browsers save as a file with this name. */
    Response toResponse(String fileName) {
        return Response.ok(document.toString())
                .type(MEDIA_TYPE + "; charset=utf-8")
                .header(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"" + fileName + "\"")
                .build();
    }

    static String field(Object value) {
        if (value == null) {
            return "";
        }
        String text = value.toString();
        if (value instanceof CharSequence && startsLikeFormula(text)) {
            text = "'" + text;
        }
        if (text.indexOf(',') >= 0 || text.indexOf('"') >= 0 || text.indexOf('\n') >= 0 || text.indexOf('\r') >= 0) {
            return '"' + text.replace("\"", "\"\"") + '"';
        }
        return text;
    }

    private static boolean startsLikeFormula(String text) {
        return !text.isEmpty() && "=+-@\t\r".indexOf(text.charAt(0)) >= 0;
    }
}
