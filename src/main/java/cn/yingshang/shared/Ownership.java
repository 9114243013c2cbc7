package cn.yingshang.shared;

/** 所有制. Readable on every entity, never a condition for a benefit (003 §11). */
public enum Ownership implements Labelled {
    PRIVATE, STATE, FOREIGN, COLLECTIVE, MIXED;

    @Override
    public String messageKey() {
        return "ownership." + name();
    }
}
