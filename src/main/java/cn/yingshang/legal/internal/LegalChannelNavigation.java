package cn.yingshang.legal.internal;

import cn.yingshang.platform.DepartmentFunction;
import cn.yingshang.platform.Departments;
import cn.yingshang.platform.NavigationItem;
import cn.yingshang.platform.NavigationItems;
import cn.yingshang.platform.Portal;
import cn.yingshang.platform.SignedInUser;
import java.util.List;
import org.springframework.stereotype.Component;

/** Entries of the complaint channels, typical cases and figures by prefecture (kept apart from {@link LegalNavigation}). */
@Component
class LegalChannelNavigation implements NavigationItems {

    private final LegalMessages messages;
    private final Departments departments;

    LegalChannelNavigation(LegalMessages messages, Departments departments) {
        this.messages = messages;
        this.departments = departments;
    }

    @Override
    public List<NavigationItem> items() {
        return List.of(
                new NavigationItem(Portal.WORKBENCH, 168, messages.text("legal.nav.complaints"), "/workbench/legal/complaints", "legal:handle"),
                new NavigationItem(Portal.WORKBENCH, 169, messages.text("legal.nav.typicalCases"), "/workbench/legal/typical-cases", "legal:handle"),
                new NavigationItem(Portal.WORKBENCH, 170, messages.text("legal.nav.ownFigures"), "/workbench/legal/figures", "legal:handle"),
                new NavigationItem(Portal.PUBLIC, 872, messages.text("legal.nav.typicalPublic"), "/public/legal/typical-cases", null),
                new NavigationItem(Portal.WORKBENCH, 171, messages.text("legal.nav.complaintsOffice"), "/workbench/legal/complaints", "legal:supervise"));
    }

    /** Typical cases are published by courts and procuratorates only; the police get no such entry. */
    @Override
    public List<NavigationItem> itemsFor(SignedInUser user) {
        if (user == null) {
            return items();
        }
        if (user.departmentId() == null || !user.can("legal:handle")) {
            // the office's entry to every body's complaints; supervisors, who read the cockpit only, get none
            return items().stream().filter(i -> !"legal:supervise".equals(i.permission()) || ReceivingComplaints.enteredByOffice(user)).toList();
        }
        DepartmentFunction function = departments.require(user.departmentId()).function();
        return items().stream().filter(i -> !i.href().equals("/workbench/legal/typical-cases")
                || PublishingTypicalCases.PUBLISHERS.contains(function)).toList();
    }
}
