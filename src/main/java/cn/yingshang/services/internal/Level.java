package cn.yingshang.services.internal;

/** The government level that implements an item: autonomous region, prefecture-level city, county. */
@cn.yingshang.shared.DomainType
enum Level {
    REGION, CITY, COUNTY
}
