package cn.yingshang.registry;

import cn.yingshang.shared.Labelled;

public enum EntityKind implements Labelled {
    ENTERPRISE, INDIVIDUAL, COOPERATIVE;

    @Override
    public String messageKey() {
        return "registry.entity-kind." + name();
    }

    @Override
    public String bundle() {
        return "i18n/registry";
    }
}
