package cn.yingshang.registry;

public enum EntityKind {
    ENTERPRISE("企业"), INDIVIDUAL("个体工商户"), COOPERATIVE("农民专业合作社");

    private final String label;

    EntityKind(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
