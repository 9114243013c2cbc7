package cn.yingshang.appeal.internal;

/** Where an appeal stands in the closed loop 受理 → 派单 → 办理 → 答复 → 评价 (国办发〔2020〕53号). */
enum AppealStatus {
    SUBMITTED, ACCEPTED, DECLINED, DISPATCHED,
    RETURN_REQUESTED, IN_PROGRESS, EXTENSION_REQUESTED,
    PAUSE_REQUESTED, PAUSED, REPLIED, CLOSED, MERGED;

    /** The bundle key of the Chinese name shown to users. */
    public String key() {
        return "appeal.status." + name();
    }

    String label() {
        return AppealText.text(key());
    }

    /** A department holds the appeal and its reply clock runs (or is paused). */
    boolean withDepartment() {
        return this == DISPATCHED || this == RETURN_REQUESTED || this == IN_PROGRESS
                || this == EXTENSION_REQUESTED || this == PAUSE_REQUESTED || this == PAUSED;
    }

    boolean open() {
        return this != DECLINED && this != CLOSED && this != MERGED && this != REPLIED;
    }
}
