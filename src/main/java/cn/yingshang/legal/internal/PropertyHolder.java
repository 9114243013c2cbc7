package cn.yingshang.legal.internal;

import cn.yingshang.platform.DepartmentFunction;

/**
 * Who holds a debtor's property information (004 #43: land and housing, vehicles, tax, market regulation, social
 * insurance). What the platform itself holds — the registry's record and the tax filings in it — answers at once; the
 * other holders answer the administrator's query on their workbench.
 */
@cn.yingshang.shared.DomainType
enum PropertyHolder {
    REGISTRY(DepartmentFunction.MARKET_REGULATION, true),
    TAX(DepartmentFunction.TAXATION, true),
    REAL_ESTATE(DepartmentFunction.NATURAL_RESOURCES, false),
    VEHICLES(DepartmentFunction.PUBLIC_SECURITY, false),
    SOCIAL_INSURANCE(DepartmentFunction.HUMAN_RESOURCES, false),
    HOUSING_FUND(DepartmentFunction.HOUSING_FUND, false);

    private final DepartmentFunction department;
    private final boolean onPlatform;

    PropertyHolder(DepartmentFunction department, boolean onPlatform) {
        this.department = department;
        this.onPlatform = onPlatform;
    }

    DepartmentFunction department() {
        return department;
    }

    /** Answered at once from the platform's own data. */
    boolean onPlatform() {
        return onPlatform;
    }
}
