package cn.yingshang.projects.internal;

/** An approval the project needs: its name, the approving body, the promised limit and whether 告知承诺 applies. */
record ApprovalForm(String name, String departmentName, String serviceItemCode, Integer limitDays, Boolean notifyAndCommit) {

    static ApprovalForm empty() {
        return new ApprovalForm("", "", "", null, false);
    }

    /** An unticked checkbox sends nothing: no value means no 告知承诺. */
    boolean underNotifyAndCommit() {
        return Boolean.TRUE.equals(notifyAndCommit);
    }
}
