package cn.yingshang.review.internal;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * Chinese text the screener works on as data (units of amounts, clause endings) lives in resource
 * files under {@code review/}, next to the standards, not in Java: read once when a class first needs
 * it, blank lines and {@code #} comments skipped.
 */
final class ReviewData {

    private ReviewData() {
    }

    static List<String> lines(String name) {
        try (InputStream in = ReviewData.class.getResourceAsStream("/review/" + name)) {
            if (in == null) {
                throw new IllegalStateException("missing resource review/" + name);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8).lines()
                    .filter(line -> !line.isBlank() && !line.startsWith("#"))
                    .toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
