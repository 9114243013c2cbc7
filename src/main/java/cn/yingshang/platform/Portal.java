package cn.yingshang.platform;

/** The four portals of the web shell. */
public enum Portal {
    ENTERPRISE("企业服务", "/enterprise"),
    WORKBENCH("政府工作台", "/workbench"),
    COCKPIT("监督驾驶舱", "/cockpit"),
    PUBLIC("信息公开", "/public");

    private final String label;
    private final String home;

    Portal(String label, String home) {
        this.label = label;
        this.home = home;
    }

    public String label() {
        return label;
    }

    public String home() {
        return home;
    }
}
