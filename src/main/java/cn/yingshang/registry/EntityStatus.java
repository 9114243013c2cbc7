package cn.yingshang.registry;

public enum EntityStatus {
    ACTIVE("存续"), REVOKED("吊销"), CANCELLED("注销");

    private final String label;

    EntityStatus(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
