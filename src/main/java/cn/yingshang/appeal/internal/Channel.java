package cn.yingshang.appeal.internal;

/** Where an appeal came in. */
enum Channel {
    PORTAL("企业服务门户"), PUBLIC_FORM("公开表单"), PHONE("电话"), WALK_IN("现场来访"),
    HARD_CASE_WINDOW("办不成事窗口"), MEETING("政企座谈会"), HOTLINE_12345("12345热线"),
    POLICY_OBJECTION("政策公示异议"), SUPERVISOR("营商环境监督员");

    private final String label;

    Channel(String label) {
        this.label = label;
    }

    String label() {
        return label;
    }

    /** Channels a staff member enters on the requester's behalf. */
    boolean staffEntered() {
        return this == PHONE || this == WALK_IN || this == HARD_CASE_WINDOW || this == MEETING;
    }
}
