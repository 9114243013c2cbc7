package cn.yingshang.appeal.internal;

/** Where an appeal stands in the closed loop 受理 → 派单 → 办理 → 答复 → 评价 (国办发〔2020〕53号). */
enum AppealStatus {
    SUBMITTED("待受理"), ACCEPTED("待派单"), DECLINED("不予受理"), DISPATCHED("待签收办理"),
    RETURN_REQUESTED("退单待审"), IN_PROGRESS("办理中"), EXTENSION_REQUESTED("延期待审"),
    PAUSE_REQUESTED("中止待审"), PAUSED("已中止"), REPLIED("已答复待评价"), CLOSED("已办结"), MERGED("已合并");

    private final String label;

    AppealStatus(String label) {
        this.label = label;
    }

    String label() {
        return label;
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
