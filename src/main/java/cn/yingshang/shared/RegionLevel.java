package cn.yingshang.shared;

/** Level of a 行政区划 in GB/T 2260. */
public enum RegionLevel implements Labelled {
    /** 全国: the root, for rules that apply everywhere (national holidays). */
    NATIONAL,
    /** 省级: 新疆维吾尔自治区. */
    PROVINCE,
    /** 地级: 市, 地区, 自治州, and the grouping of 自治区直辖县级市. */
    PREFECTURE,
    /** 县级: 市辖区, 县, 自治县, 县级市. */
    COUNTY,
    /** A retired code that older records still carry; it maps to the code that replaced it. */
    HISTORIC;

    @Override
    public String messageKey() {
        return "region-level." + name();
    }
}
