package cn.yingshang.platform;

/** Who a signed-in person acts as. The public needs no account. Permission codes per role are data. */
public enum Role {
    ENTERPRISE("企业用户"),
    HANDLER("部门经办人"),
    LEADER("部门负责人"),
    OFFICE("营商办"),
    SUPERVISOR("监督员"),
    INSPECTOR("执法检查人员"),
    LEGAL_OFFICER("政法机关工作人员"),
    ADMIN("系统管理员"),
    /** A bank officer: sees only the credit profiles enterprises have consented to show its bank. */
    BANK("金融机构");

    private final String label;

    Role(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    public boolean isGovernment() {
        return this == HANDLER || this == LEADER || this == OFFICE || this == INSPECTOR || this == ADMIN || this == LEGAL_OFFICER;
    }
}
