package cn.yingshang.platform;

import cn.yingshang.shared.Labelled;

/**
 * The function a department serves; the tree is region level × function. Political-legal bodies
 * (court, procuratorate, public security, judicial administration) and the utility companies that
 * handle connections (000 §28) are departments of their own kind here, so appeals, service items and
 * legal-protection records are owned and authorised the same way as any department's.
 */
public enum DepartmentFunction implements Labelled {
    BIZ_ENV_OFFICE,
    DEVELOPMENT_REFORM,
    MARKET_REGULATION,
    TAXATION,
    HUMAN_RESOURCES,
    FINANCE,
    INDUSTRY_IT,
    HOUSING_CONSTRUCTION,
    NATURAL_RESOURCES,
    ECOLOGY_ENVIRONMENT,
    EMERGENCY_MANAGEMENT,
    COMMERCE,
    GOVERNMENT_SERVICES,
    JUSTICE,
    PUBLIC_SECURITY,
    COURT,
    PROCURATORATE,
    HOUSING_FUND,
    POWER_SUPPLY,
    WATER_SUPPLY,
    GAS_SUPPLY;

    DepartmentFunction() {
    }

    @Override
    public String messageKey() {
        return "department-function." + name();
    }

    public boolean isPoliticalLegal() {
        return this == COURT || this == PROCURATORATE || this == PUBLIC_SECURITY || this == JUSTICE;
    }

    public boolean isUtility() {
        return this == POWER_SUPPLY || this == WATER_SUPPLY || this == GAS_SUPPLY;
    }
}
