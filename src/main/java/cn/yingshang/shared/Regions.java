package cn.yingshang.shared;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The catalogue of Xinjiang's 行政区划 (GB/T 2260), read once from
 * {@code reference/regions-xinjiang.csv}. Codes change a few times a decade (库车 2019,
 * 沙湾 2021, 白杨市 2023): the file is updated, the code stays.
 */
public final class Regions {

    public static final RegionCode XINJIANG = RegionCode.of("650000");

    private static final List<RegionCode> ALL = collect(false);
    private static final List<RegionCode> CURRENT = collect(true);
    private static final List<RegionCode> PREFECTURES = ofLevel(RegionLevel.PREFECTURE);
    private static final List<RegionCode> COUNTIES = ofLevel(RegionLevel.COUNTY);

    private Regions() {
    }

    /** Every region of Xinjiang in the catalogue, retired codes included, without {@link RegionCode#NATIONAL}. */
    public static List<RegionCode> all() {
        return ALL;
    }

    /** Every region in force: the province, prefectures and counties. */
    public static List<RegionCode> current() {
        return CURRENT;
    }

    /** The 14 prefecture-level divisions plus 659000 (自治区直辖县级行政区划). */
    public static List<RegionCode> prefectures() {
        return PREFECTURES;
    }

    /** County-level regions in force (districts, counties, county-level cities). */
    public static List<RegionCode> counties() {
        return COUNTIES;
    }

    /** The regions in force one level below; empty for a county. */
    public static List<RegionCode> children(RegionCode parent) {
        RegionCode current = parent.current();
        return CURRENT.stream()
                .filter(r -> r.parent().filter(current::equals).isPresent())
                .toList();
    }

    /** The region for a code, or empty when the code is malformed or not in the catalogue. */
    public static Optional<RegionCode> find(String code) {
        String stripped = code == null ? null : code.strip();
        if (stripped == null || RegionTable.row(stripped) == null) {
            return Optional.empty();
        }
        return Optional.of(RegionCode.of(stripped));
    }

    private static List<RegionCode> collect(boolean currentOnly) {
        List<RegionCode> regions = new ArrayList<>();
        for (RegionTable.Row row : RegionTable.rows()) {
            boolean excluded = row.level() == RegionLevel.NATIONAL
                    || (currentOnly && row.level() == RegionLevel.HISTORIC);
            if (!excluded) {
                regions.add(RegionCode.of(row.code()));
            }
        }
        return List.copyOf(regions);
    }

    private static List<RegionCode> ofLevel(RegionLevel level) {
        return CURRENT.stream().filter(r -> r.level() == level).toList();
    }
}
