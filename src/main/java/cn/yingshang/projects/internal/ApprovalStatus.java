package cn.yingshang.projects.internal;

/** An approval step: listed for the project, running on the clock once applied for, then decided (approved, or refused when its service case was refused). */
@cn.yingshang.shared.DomainType
enum ApprovalStatus {
    LISTED, RUNNING, APPROVED, REFUSED;

    public String key() {
        return "projects.approval.status." + name();
    }
}
