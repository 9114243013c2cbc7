package cn.yingshang.projects.internal;

/** An approval step: listed for the project, running on the clock once applied for, then decided. */
@cn.yingshang.shared.DomainType
enum ApprovalStatus {
    LISTED, RUNNING, APPROVED;

    public String key() {
        return "projects.approval.status." + name();
    }
}
