package cn.yingshang.legal.internal;

import cn.yingshang.appeal.AppealIntake;
import cn.yingshang.platform.DepartmentFunction;

/**
 * The political-legal bodies' own complaint channels (002 #48, 000 §58): each takes complaints about one
 * kind of body and passes them into the appeal module as an appeal of that channel.
 */
enum ComplaintChannel {
    /** 12309 检察服务中心 */
    PROCURATORATE_12309(DepartmentFunction.PROCURATORATE, AppealIntake.Source.PROCURATORATE_12309, "12309"),
    /** 12368 诉讼服务热线 */
    COURT_12368(DepartmentFunction.COURT, AppealIntake.Source.COURT_12368, "12368"),
    /** 新疆公安监督举报平台 */
    POLICE_REPORTING(DepartmentFunction.PUBLIC_SECURITY, AppealIntake.Source.POLICE_REPORTING, "110JB");

    private final DepartmentFunction body;
    private final AppealIntake.Source source;
    private final String ticketPrefix;

    ComplaintChannel(DepartmentFunction body, AppealIntake.Source source, String ticketPrefix) {
        this.body = body;
        this.source = source;
        this.ticketPrefix = ticketPrefix;
    }

    /** The kind of body whose conduct the channel takes complaints about, and which answers them. */
    DepartmentFunction body() {
        return body;
    }

    AppealIntake.Source source() {
        return source;
    }

    /** The channel's ticket as the appeal module keeps it: unique across every channel. */
    String appealTicket(String ticket) {
        return ticketPrefix + "-" + ticket;
    }

    static ComplaintChannel of(String name) {
        for (ComplaintChannel c : values()) {
            if (c.name().equals(name)) {
                return c;
            }
        }
        return null;
    }

    /** The channel a body's own staff receive complaints on, or null for other bodies. */
    static ComplaintChannel ofBody(DepartmentFunction function) {
        for (ComplaintChannel c : values()) {
            if (c.body == function) {
                return c;
            }
        }
        return null;
    }
}
