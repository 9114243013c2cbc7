package cn.yingshang.services.internal;

import cn.yingshang.platform.ListPage;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.Base64;

/**
 * Where a page of the case queue stopped: the order it was read in and the last row's deadline and
 * number. Opaque to callers ({@code after} in the URL and the API); a value the queue did not hand out,
 * or one of another order, is malformed input (400).
 */
record CaseQueueCursor(Order order, LocalDate due, long id) {

    private static final String PREFIX = "q1:";

    /** The queue's orders: by deadline (no deadline first) or by case number, either way round. */
    enum Order {
        DUE_ASC, DUE_DESC, NO_ASC, NO_DESC;

        static Order of(ListPage request) {
            String sort = request.sort() == null ? "due" : request.sort();
            return switch (sort) {
                case "due" -> request.descending() ? DUE_DESC : DUE_ASC;
                case "no" -> request.descending() ? NO_DESC : NO_ASC;
                default -> throw new IllegalArgumentException("cannot sort by " + sort);
            };
        }

        boolean byDue() {
            return this == DUE_ASC || this == DUE_DESC;
        }

        boolean descending() {
            return this == DUE_DESC || this == NO_DESC;
        }
    }

    static CaseQueueCursor after(Order order, ServiceCase last) {
        return new CaseQueueCursor(order, order.byDue() ? last.dueOn() : null, last.id());
    }

    /** Null for no cursor (the first page). */
    static CaseQueueCursor parse(String after) {
        if (after == null || after.isBlank()) {
            return null;
        }
        try {
            String raw = new String(Base64.getUrlDecoder().decode(after.strip()), StandardCharsets.US_ASCII);
            String[] parts = raw.startsWith(PREFIX) ? raw.substring(PREFIX.length()).split(":", -1) : new String[0];
            if (parts.length == 3) {
                return new CaseQueueCursor(Order.valueOf(parts[0]), parts[1].equals("-") ? null : LocalDate.parse(parts[1]),
                        Long.parseLong(parts[2]));
            }
        } catch (IllegalArgumentException | java.time.DateTimeException e) {
            // falls through to the violation below
        }
        throw new IllegalArgumentException("not a queue cursor: " + after);
    }

    String encode() {
        String raw = PREFIX + order.name() + ":" + (due == null ? "-" : due.toString()) + ":" + id;
        return Base64.getUrlEncoder().withoutPadding().encodeToString(raw.getBytes(StandardCharsets.US_ASCII));
    }
}
