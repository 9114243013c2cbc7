package cn.yingshang.appeal.internal;

/** What can be done to an appeal; {@link AppealWorkflow} says where and by whom. */
enum AppealAction {
    ACCEPT, DECLINE, DISPATCH, REQUEST_RETURN, APPROVE_RETURN,
    REFUSE_RETURN, RECORD_STEP, ADD_OPINION, REQUEST_EXTENSION,
    APPROVE_EXTENSION, REFUSE_EXTENSION, REQUEST_PAUSE, APPROVE_PAUSE,
    REFUSE_PAUSE, RESUME, REPLY, REMIND, SUPERVISE,
    RATE, REOPEN, RETURN_VISIT, MERGE, PUBLISH_CASE;

    /** The bundle key of the Chinese name shown to users. */
    public String key() {
        return "appeal.action." + name();
    }

    String label() {
        return AppealText.text(key());
    }
}
