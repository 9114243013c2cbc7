package cn.yingshang.platform;

import cn.yingshang.shared.Labelled;

/** The four portals of the web shell. */
public enum Portal implements Labelled {
    ENTERPRISE("/enterprise"),
    WORKBENCH("/workbench"),
    COCKPIT("/cockpit"),
    PUBLIC("/public");
    private final String home;

    Portal(String home) {
        this.home = home;
    }

    @Override
    public String messageKey() {
        return "portal." + name().toLowerCase(java.util.Locale.ROOT);
    }

    public String home() {
        return home;
    }
}
