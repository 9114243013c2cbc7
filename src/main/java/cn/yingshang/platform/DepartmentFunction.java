package cn.yingshang.platform;

/** The function a department serves; the tree is region level × function. */
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
    JUSTICE("司法局");

    private final String label;

    DepartmentFunction(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
