package org.viltzoom.zoomsimulator.http;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;

/**
 * Zoom's token paging: {@code page_size} (default 30, at most 300) and an opaque
 * {@code next_page_token}, empty on the last page (Zoom API reference: List users).
 */
public final class Paging {

    public static final int DEFAULT_PAGE_SIZE = 30;
    public static final int MAX_PAGE_SIZE = 300;

    private Paging() {
    }

    /** Returns the requested page of the items and writes the paging fields into the body. */
    public static <T> List<T> page(ApiCall call, List<T> items, ObjectNode body) {
        int pageSize = Math.min(MAX_PAGE_SIZE, Math.max(1, call.queryInt("page_size", DEFAULT_PAGE_SIZE)));
        int offset = decode(call.query("next_page_token"));
        int end = Math.min(items.size(), offset + pageSize);
        List<T> page = offset >= items.size() ? List.of() : items.subList(offset, end);

        body.put("next_page_token", end < items.size() ? encode(end) : "");
        body.put("page_count", (items.size() + pageSize - 1) / pageSize);
        body.put("page_size", pageSize);
        body.put("total_records", items.size());
        return page;
    }

    private static String encode(int offset) {
        return Base64.getUrlEncoder().withoutPadding().encodeToString(("o" + offset).getBytes(StandardCharsets.UTF_8));
    }

    private static int decode(String token) {
        if (token == null || token.isBlank()) {
            return 0;
        }
        try {
            String text = new String(Base64.getUrlDecoder().decode(token), StandardCharsets.UTF_8);
            return Integer.parseInt(text.substring(1));
        } catch (IllegalArgumentException | StringIndexOutOfBoundsException e) {
            throw new ZoomApiException(400, 300, "Invalid next_page_token: " + token);
        }
    }
}
