package cn.yingshang.platform;

import cn.yingshang.shared.DomainViolation;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;

/**
 * The opaque position an API list hands back as {@code next} and takes as {@code after}. Callers
 * must not build one: its content may change, so only a value the API gave them is accepted.
 */
public record ApiCursor(int position) {

    private static final String PREFIX = "p1:";

    public ApiCursor {
        if (position < 0) {
            throw new IllegalArgumentException("position");
        }
    }

    /** The start of the list for no cursor, else where the earlier page stopped. */
    public static ApiCursor parse(String after) {
        if (after == null || after.isBlank()) {
            return new ApiCursor(0);
        }
        try {
            String raw = new String(Base64.getUrlDecoder().decode(after.strip()), StandardCharsets.US_ASCII);
            if (raw.startsWith(PREFIX)) {
                return new ApiCursor(Integer.parseInt(raw.substring(PREFIX.length())));
            }
        } catch (IllegalArgumentException e) {
            // falls through to the violation below
        }
        throw DomainViolation.of("after", "api.cursor.invalid");
    }

    public String encode() {
        return Base64.getUrlEncoder().withoutPadding().encodeToString((PREFIX + position).getBytes(StandardCharsets.US_ASCII));
    }

    /**
     * The cursor of the page after {@code fetched}, which was read with {@code limit + 1} rows so a
     * further page is known without counting; null on the last page.
     */
    public String nextAfter(List<?> fetched, int limit) {
        return fetched.size() > limit ? new ApiCursor(position + limit).encode() : null;
    }

    /** The rows of this page: {@code fetched} without the look-ahead row. */
    public static <T> List<T> page(List<T> fetched, int limit) {
        return fetched.size() > limit ? List.copyOf(fetched.subList(0, limit)) : List.copyOf(fetched);
    }
}
