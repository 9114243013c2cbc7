package cn.yingshang.platform;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads a ZIP file's central directory (names and declared sizes) without inflating anything, so an
 * upload can be recognised and a zip bomb refused before a parser opens it. ZIP64 archives and
 * archives with more than {@value #MAX_ENTRIES} entries are not what an Office document of an
 * upload's size can be, and count as invalid.
 */
final class ZipDirectory {

    static final int MAX_ENTRIES = 10_000;

    record Entry(String name, long compressed, long inflated) {
    }

    private ZipDirectory() {
    }

    static List<String> names(byte[] zip) {
        List<Entry> entries = entries(zip);
        return entries == null ? null : entries.stream().map(Entry::name).toList();
    }

    /** True when every entry and the whole archive stay within the limits they declare. */
    static boolean within(byte[] zip, long maxInflated, int maxFactor) {
        List<Entry> entries = entries(zip);
        if (entries == null) {
            return false;
        }
        long total = 0;
        for (Entry e : entries) {
            total += e.inflated();
            if (total > maxInflated) {
                return false;
            }
            if (e.inflated() > 1024 * 1024 && e.inflated() > e.compressed() * maxFactor) {
                return false;
            }
        }
        return true;
    }

    /** The entries, or null when the bytes are no ZIP archive this reader accepts. */
    static List<Entry> entries(byte[] b) {
        int eocd = -1;
        for (int i = b.length - 22; i >= Math.max(0, b.length - 22 - 65_535); i--) {
            if (u32(b, i) == 0x06054b50L) {
                eocd = i;
                break;
            }
        }
        if (eocd < 0) {
            return null;
        }
        int count = u16(b, eocd + 10);
        long offset = u32(b, eocd + 16);
        if (count > MAX_ENTRIES || count == 0xFFFF || offset == 0xFFFFFFFFL || offset >= b.length) {
            return null;
        }
        List<Entry> out = new ArrayList<>(count);
        int p = (int) offset;
        for (int n = 0; n < count; n++) {
            if (p + 46 > b.length || u32(b, p) != 0x02014b50L) {
                return null;
            }
            long compressed = u32(b, p + 20);
            long inflated = u32(b, p + 24);
            int nameLength = u16(b, p + 28);
            int extra = u16(b, p + 30);
            int comment = u16(b, p + 32);
            if (compressed == 0xFFFFFFFFL || inflated == 0xFFFFFFFFL || p + 46 + nameLength > b.length) {
                return null;
            }
            out.add(new Entry(new String(b, p + 46, nameLength, StandardCharsets.UTF_8), compressed, inflated));
            p += 46 + nameLength + extra + comment;
        }
        return out;
    }

    private static int u16(byte[] b, int i) {
        return i < 0 || i + 2 > b.length ? -1 : (b[i] & 0xFF) | (b[i + 1] & 0xFF) << 8;
    }

    private static long u32(byte[] b, int i) {
        return i < 0 || i + 4 > b.length ? -1
                : ((b[i] & 0xFFL) | (b[i + 1] & 0xFFL) << 8 | (b[i + 2] & 0xFFL) << 16 | (b[i + 3] & 0xFFL) << 24);
    }
}
