package cn.yingshang.shared;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The rows of {@code reference/regions-xinjiang.csv}, read once. Kept apart from
 * {@link Regions} so that {@link RegionCode} can validate itself without the catalogue
 * having to construct region codes while it loads.
 */
final class RegionTable {

    static final String RESOURCE = "reference/regions-xinjiang.csv";

    record Row(String code, String name, String parentCode, RegionLevel level, int weight, String currentCode) {
    }

    private static final Map<String, Row> ROWS = load();

    private RegionTable() {
    }

    static Row row(String code) {
        return ROWS.get(code);
    }

    /** In file order: province, then each prefecture followed by its counties, then historic codes. */
    static Iterable<Row> rows() {
        return ROWS.values();
    }

    private static Map<String, Row> load() {
        Map<String, Row> rows = new LinkedHashMap<>();
        for (String[] f : ReferenceCsv.rows(RESOURCE, 6)) {
            Row row = new Row(f[0], f[1], f[2].isEmpty() ? null : f[2], RegionLevel.valueOf(f[3]),
                    Integer.parseInt(f[4]), f[5].isEmpty() ? null : f[5]);
            if (rows.put(row.code(), row) != null) {
                throw new IllegalStateException(RESOURCE + ": duplicate code " + row.code());
            }
        }
        for (Row row : rows.values()) {
            requireKnown(rows, row.parentCode(), row);
            requireKnown(rows, row.currentCode(), row);
            if ((row.level() == RegionLevel.HISTORIC) != (row.currentCode() != null)) {
                throw new IllegalStateException(RESOURCE + ": " + row.code() + " is HISTORIC exactly when it has a current_code");
            }
        }
        return Collections.unmodifiableMap(rows);
    }

    private static void requireKnown(Map<String, Row> rows, String code, Row referrer) {
        if (code != null && !rows.containsKey(code)) {
            throw new IllegalStateException(RESOURCE + ": " + referrer.code() + " refers to unknown code " + code);
        }
    }
}
