package cn.yingshang.shared;

import java.util.Optional;

/**
 * 行政区划代码 (GB/T 2260): six digits naming a region of the catalogue in {@link Regions}
 * (Xinjiang, its prefectures and counties, retired codes, and {@link #NATIONAL}). A code
 * from elsewhere is refused, because the platform only serves and supervises Xinjiang.
 */
public record RegionCode(@com.fasterxml.jackson.annotation.JsonValue String code) {

    /** 全国: the root of the tree, where national rules such as the holiday calendar live. */
    public static final RegionCode NATIONAL = new RegionCode("000000");

    public RegionCode {
        code = code == null ? null : code.strip();
        if (code == null || code.isEmpty()) {
            throw DomainViolation.of("regionCode", "region-code.required");
        }
        if (!isSixDigits(code)) {
            throw DomainViolation.of("regionCode", "region-code.shape", code);
        }
        if (RegionTable.row(code) == null) {
            throw DomainViolation.of("regionCode", "region-code.unknown", code);
        }
    }

    /** Throws {@link DomainViolation} for a malformed or unknown code; retired codes are accepted. */
    @com.fasterxml.jackson.annotation.JsonCreator
    public static RegionCode of(String code) {
        return new RegionCode(code);
    }

    public String name() {
        return row().name();
    }

    public RegionLevel level() {
        return row().level();
    }

    /** Relative share of market entities, for sampling demo data and weighting statistics. */
    public int weight() {
        return row().weight();
    }

    /** The region one level up; empty only for {@link #NATIONAL}. */
    public Optional<RegionCode> parent() {
        String parent = row().parentCode();
        return parent == null ? Optional.empty() : Optional.of(new RegionCode(parent));
    }

    /** The code in force: the successor of a retired code, otherwise this code. */
    public RegionCode current() {
        String successor = row().currentCode();
        return successor == null ? this : new RegionCode(successor);
    }

    public boolean isHistoric() {
        return level() == RegionLevel.HISTORIC;
    }

    /**
     * The prefecture-level region this one belongs to, or itself when it is one (or is the
     * province or the nation). A retired code answers for the code that replaced it, so old
     * records count where the place is today.
     */
    public RegionCode prefecture() {
        RegionCode region = current();
        while (region.level() == RegionLevel.COUNTY) {
            region = region.parent().orElseThrow();
        }
        return region;
    }

    /** Whether this region is the ancestor or lies under it; retired codes are compared as their successors. */
    public boolean isWithin(RegionCode ancestor) {
        RegionCode target = ancestor.current();
        for (RegionCode region = current(); ; region = region.parent().orElse(null)) {
            if (region == null) {
                return false;
            }
            if (region.equals(target)) {
                return true;
            }
        }
    }

    /** A LIKE pattern for this code and every code within it ("650000" → "65%", "650100" → "6501%", a county itself). */
    public String likePattern() {
        if (code.endsWith("0000")) {
            return code.substring(0, 2) + "%";
        }
        return code.endsWith("00") ? code.substring(0, 4) + "%" : code;
    }

    @Override
    public String toString() {
        return code;
    }

    private RegionTable.Row row() {
        return RegionTable.row(code);
    }

    private static boolean isSixDigits(String code) {
        if (code.length() != 6) {
            return false;
        }
        for (int i = 0; i < 6; i++) {
            char c = code.charAt(i);
            if (c < '0' || c > '9') {
                return false;
            }
        }
        return true;
    }
}
