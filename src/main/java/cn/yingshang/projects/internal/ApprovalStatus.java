package cn.yingshang.projects.internal;

/** An approval step: listed for the project, running on the clock once applied for, then decided. */
enum ApprovalStatus {
    LISTED, RUNNING, APPROVED;

    public String key() {
        return "projects.approval.status." + name();
    }
}
