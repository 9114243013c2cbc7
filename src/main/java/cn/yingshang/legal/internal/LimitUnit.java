package cn.yingshang.legal.internal;

/** How a legal time limit is counted: the measures speak of days ("7日内", "三日以内"), the procedure law of months. */
@cn.yingshang.shared.DomainType
enum LimitUnit {
    NATURAL_DAYS, WORKING_DAYS, MONTHS
}
