package cn.yingshang.appeal.internal;

/** Where an appeal came in. */
enum Channel {
    PORTAL, PUBLIC_FORM, PHONE, WALK_IN,
    HARD_CASE_WINDOW, MEETING, HOTLINE_12345,
    POLICY_OBJECTION, SUPERVISOR, RECEIVABLE_CONFIRMATION,
    PROCURATORATE_12309, COURT_12368, POLICE_REPORTING;

    /** The bundle key of the Chinese name shown to users. */
    public String key() {
        return "appeal.channel." + name();
    }

    String label() {
        return AppealText.text(key());
    }

    /** Channels a staff member enters on the requester's behalf. */
    boolean staffEntered() {
        return this == PHONE || this == WALK_IN || this == HARD_CASE_WINDOW || this == MEETING;
    }
}
