package cn.yingshang.appeal.internal;

/** What can be done to an appeal; {@link AppealWorkflow} says where and by whom. */
enum AppealAction {
    ACCEPT("受理"), DECLINE("不予受理"), DISPATCH("派单"), REQUEST_RETURN("申请退单"), APPROVE_RETURN("同意退单"),
    REFUSE_RETURN("驳回退单"), RECORD_STEP("记录办理过程"), ADD_OPINION("协办意见"), REQUEST_EXTENSION("申请延期"),
    APPROVE_EXTENSION("同意延期"), REFUSE_EXTENSION("驳回延期"), REQUEST_PAUSE("申请中止计时"), APPROVE_PAUSE("同意中止计时"),
    REFUSE_PAUSE("驳回中止计时"), RESUME("恢复计时"), REPLY("答复"), REMIND("催办"), SUPERVISE("督办"),
    RATE("评价"), REOPEN("重办"), RETURN_VISIT("回访"), MERGE("合并重复诉求"), PUBLISH_CASE("发布典型案例");

    private final String label;

    AppealAction(String label) {
        this.label = label;
    }

    String label() {
        return label;
    }
}
