package cn.yingshang.appeal.internal;

import static cn.yingshang.appeal.internal.AppealText.text;

import cn.yingshang.platform.Accounts;
import cn.yingshang.platform.DepartmentId;
import cn.yingshang.platform.Notifications;
import cn.yingshang.platform.Role;
import org.springframework.stereotype.Component;

/** The notices a step of the workflow sends: to the requester, a department, its leaders, the office. */
@Component
class AppealNotices {

    private final Notifications notifications;
    private final Accounts accounts;

    AppealNotices(Notifications notifications, Accounts accounts) {
        this.notifications = notifications;
        this.accounts = accounts;
    }

    static String staffLink(long appealId) {
        return "/workbench/appeals/" + appealId;
    }

    void tellRequester(AppealRow a, String title) {
        if (a.requesterAccountId() != null) {
            notifications.toAccount(a.requesterAccountId(), text("appeal.notice.requester.title", a.trackingNumber(), title),
                    text("appeal.notice.requester.body", a.title(), title),
                    // a supervisor's observation is followed on the cockpit, not on the enterprise portal they cannot open
                    a.channel() == Channel.SUPERVISOR ? null : "/enterprise/appeals/" + a.id());
        }
    }

    void tellDepartment(long department, AppealRow a, String title) {
        notifications.toDepartment(DepartmentId.of(department), text("appeal.notice.staff.title", title, a.trackingNumber()),
                text("appeal.notice.staff.body", a.title(), title), staffLink(a.id()));
    }

    /** A notice without a link: the department no longer sees the appeal. */
    void tellFormerDepartment(long department, AppealRow a, String title) {
        notifications.toDepartment(DepartmentId.of(department), text("appeal.notice.staff.title", title, a.trackingNumber()),
                text("appeal.notice.staff.body", a.title(), title), null);
    }

    /** The department no longer sees the appeal: its notices about it stop linking to a page it cannot open. */
    void unlink(long department, long appealId) {
        notifications.unlink(DepartmentId.of(department), staffLink(appealId));
    }

    void tellOffice(AppealRow a, String title) {
        notifications.toRole(Role.OFFICE, text("appeal.notice.staff.title", title, a.trackingNumber()),
                text("appeal.notice.staff.body", a.title(), title), staffLink(a.id()));
    }

    void tellLeaders(AppealRow a, String title, String body) {
        // the leaders through the platform's API: the account table is the platform's own
        for (var leader : accounts.enabledIn(DepartmentId.of(a.leadDepartmentId()), Role.LEADER)) {
            notifications.toAccount(leader.id(), title, text("appeal.notice.leader.body", a.title(), body), staffLink(a.id()));
        }
    }
}
