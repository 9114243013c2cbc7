package cn.yingshang.shared;

/** 所有制. Readable on every entity, never a condition for a benefit (003 §11). */
public enum Ownership {
    PRIVATE("民营"), STATE("国有"), FOREIGN("外资"), COLLECTIVE("集体"), MIXED("混合所有制");

    private final String label;

    Ownership(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
