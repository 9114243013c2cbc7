package cn.yingshang.platform;

/**
 * The function a department serves; the tree is region level × function. Political-legal bodies
 * (court, procuratorate, public security, judicial administration) and the utility companies that
 * handle connections (000 §28) are departments of their own kind here, so appeals, service items and
 * legal-protection records are owned and authorised the same way as any department's.
 */
public enum DepartmentFunction {
    BIZ_ENV_OFFICE("营商环境建设局（营商办）"),
    DEVELOPMENT_REFORM("发展和改革委员会"),
    MARKET_REGULATION("市场监督管理局"),
    TAXATION("税务局"),
    HUMAN_RESOURCES("人力资源和社会保障局"),
    FINANCE("财政局"),
    INDUSTRY_IT("工业和信息化局"),
    HOUSING_CONSTRUCTION("住房和城乡建设局"),
    NATURAL_RESOURCES("自然资源局"),
    ECOLOGY_ENVIRONMENT("生态环境局"),
    EMERGENCY_MANAGEMENT("应急管理局"),
    COMMERCE("商务局"),
    GOVERNMENT_SERVICES("政务服务和公共资源交易中心"),
    JUSTICE("司法局"),
    PUBLIC_SECURITY("公安局"),
    COURT("人民法院"),
    PROCURATORATE("人民检察院"),
    HOUSING_FUND("住房公积金管理中心"),
    POWER_SUPPLY("供电公司"),
    WATER_SUPPLY("供水公司"),
    GAS_SUPPLY("燃气公司");

    private final String label;

    DepartmentFunction(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    public boolean isPoliticalLegal() {
        return this == COURT || this == PROCURATORATE || this == PUBLIC_SECURITY || this == JUSTICE;
    }

    public boolean isUtility() {
        return this == POWER_SUPPLY || this == WATER_SUPPLY || this == GAS_SUPPLY;
    }
}
