package cn.yingshang.platform;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;

/**
 * The Content-Disposition of every file the platform hands out: saved, not shown (a browser that
 * renders an XLSX inline, or htmx swapping its bytes into the page, is useless to the user), under
 * the Chinese name the page promised. RFC 6266 with the RFC 5987 {@code filename*} for the name and
 * an ASCII {@code filename} for the few clients that ignore it.
 */
public final class Downloads {

    private Downloads() {
    }

    /** The header value for saving {@code filename} (Chinese allowed, with its extension). */
    public static String attachment(String filename) {
        String safe = filename.replaceAll("[\\r\\n\"\\\\/]", "_");
        return "attachment; filename=\"" + ascii(safe) + "\"; filename*=UTF-8''" + encoded(safe);
    }

    private static String encoded(String filename) {
        return URLEncoder.encode(filename, StandardCharsets.UTF_8).replace("+", "%20");
    }

    /** Letters, digits and dots survive; a name without any Latin letter or digit left becomes "download". */
    private static String ascii(String filename) {
        int dot = filename.lastIndexOf('.');
        String extension = dot < 0 ? "" : filename.substring(dot).replaceAll("[^A-Za-z0-9.]", "");
        String stem = (dot < 0 ? filename : filename.substring(0, dot)).replaceAll("[^A-Za-z0-9_-]", "")
                .replaceAll("^[-_]+", "");
        return (stem.isEmpty() ? "download" : stem) + extension;
    }
}
