package cn.yingshang.registry;

import cn.yingshang.shared.Labelled;

public enum EntityStatus implements Labelled {
    ACTIVE, REVOKED, CANCELLED;

    @Override
    public String messageKey() {
        return "registry.entity-status." + name();
    }

    @Override
    public String bundle() {
        return "i18n/registry";
    }
}
