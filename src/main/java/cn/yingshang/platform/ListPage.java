package cn.yingshang.platform;

import java.util.Map;
import java.util.Objects;

/**
 * Which slice of a long list a page asks for: {@code ?page=2&size=50&sort=deadline,desc}. Page
 * controllers take it as a parameter (resolved from the query string; malformed values are a 400
 * page, never a 500) and hand it to their query, which turns {@link #orderBy} into SQL only through
 * its own whitelist of sortable columns.
 */
public record ListPage(int page, int size, String sort, boolean descending) {

    public static final int DEFAULT_SIZE = 50;
    public static final int MAX_SIZE = 200;

    public ListPage {
        if (page < 1) {
            throw new IllegalArgumentException("page must be at least 1");
        }
        if (size < 1 || size > MAX_SIZE) {
            throw new IllegalArgumentException("size must be between 1 and " + MAX_SIZE);
        }
        if (sort != null && !sort.matches("[A-Za-z][A-Za-z0-9]{0,39}")) {
            throw new IllegalArgumentException("sort must be a column name");
        }
    }

    public static ListPage first() {
        return new ListPage(1, DEFAULT_SIZE, null, false);
    }

    /** Parses the query-string values; null or blank means the default. */
    public static ListPage parse(String page, String size, String sort) {
        int p = blank(page) ? 1 : parseNumber(page);
        int s = blank(size) ? DEFAULT_SIZE : parseNumber(size);
        String column = null;
        boolean descending = false;
        if (!blank(sort)) {
            String[] parts = sort.trim().split(",", -1);
            if (parts.length > 2 || (parts.length == 2 && !parts[1].equals("asc") && !parts[1].equals("desc"))) {
                throw new IllegalArgumentException("sort must be column[,asc|desc]");
            }
            column = parts[0];
            descending = parts.length == 2 && parts[1].equals("desc");
        }
        return new ListPage(p, s, column, descending);
    }

    public int offset() {
        return (page - 1) * size;
    }

    /**
     * The ORDER BY expression for the requested sort, looked up in the list's own whitelist (key:
     * the name in the URL, value: the SQL expression). No sort asked: the default. An unknown name
     * is malformed input (400).
     */
    public String orderBy(Map<String, String> sortable, String defaultOrder) {
        if (sort == null) {
            return defaultOrder;
        }
        String column = sortable.get(sort);
        if (column == null) {
            throw new IllegalArgumentException("cannot sort by " + sort);
        }
        return column + (descending ? " DESC" : " ASC") + ", " + defaultOrder;
    }

    public ListPage withSize(int newSize) {
        return new ListPage(page, newSize, sort, descending);
    }

    /** The sort parameter's value as it appears in the URL, or null. */
    public String sortParameter() {
        return sort == null ? null : sort + (descending ? ",desc" : ",asc");
    }

    public boolean sortedBy(String column) {
        return Objects.equals(sort, column);
    }

    private static boolean blank(String value) {
        return value == null || value.isBlank();
    }

    private static int parseNumber(String value) {
        String v = value.trim();
        if (!v.matches("\\d{1,6}")) {
            throw new IllegalArgumentException("not a page number: " + value);
        }
        return Integer.parseInt(v);
    }
}
