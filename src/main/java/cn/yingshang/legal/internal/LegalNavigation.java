package cn.yingshang.legal.internal;

import cn.yingshang.platform.DepartmentFunction;
import cn.yingshang.platform.Departments;
import cn.yingshang.platform.NavigationItem;
import cn.yingshang.platform.NavigationItems;
import cn.yingshang.platform.Portal;
import cn.yingshang.platform.SignedInUser;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.springframework.stereotype.Component;

@Component
class LegalNavigation implements NavigationItems {

    /** Which kinds of body work each workbench page (the pages check the same and answer 403 otherwise). */
    private static final Map<String, Set<DepartmentFunction>> WORKED_BY = Map.of(
            "/workbench/legal/cases", Set.of(DepartmentFunction.COURT),
            "/workbench/legal/judgments", Set.of(DepartmentFunction.COURT),
            "/workbench/legal/seizures", PoliticalLegalBodies.MEASURE_TAKERS,
            "/workbench/legal/stalled", Set.of(DepartmentFunction.PUBLIC_SECURITY, DepartmentFunction.PROCURATORATE),
            "/workbench/legal/compliance", Set.of(DepartmentFunction.PROCURATORATE),
            "/workbench/legal/bankruptcy", Set.of(DepartmentFunction.COURT));

    private final LegalMessages messages;
    private final Departments departments;

    LegalNavigation(LegalMessages messages, Departments departments) {
        this.messages = messages;
        this.departments = departments;
    }

    @Override
    public List<NavigationItem> items() {
        return List.of(
                new NavigationItem(Portal.ENTERPRISE, 160, messages.text("legal.nav.enterprise"), "/enterprise/legal", "legal:file"),
                new NavigationItem(Portal.WORKBENCH, 160, messages.text("legal.nav.court"), "/workbench/legal/cases", "legal:handle"),
                new NavigationItem(Portal.WORKBENCH, 163, messages.text("legal.nav.judgments"), "/workbench/legal/judgments", "legal:handle"),
                new NavigationItem(Portal.WORKBENCH, 161, messages.text("legal.nav.seizures"), "/workbench/legal/seizures", "legal:handle"),
                new NavigationItem(Portal.WORKBENCH, 162, messages.text("legal.nav.stalled"), "/workbench/legal/stalled", "legal:handle"),
                new NavigationItem(Portal.WORKBENCH, 164, messages.text("legal.nav.compliance"), "/workbench/legal/compliance", "legal:handle"),
                new NavigationItem(Portal.WORKBENCH, 165, messages.text("legal.nav.complianceOpinions"), "/workbench/legal/compliance-opinions", "legal:respond"),
                new NavigationItem(Portal.WORKBENCH, 166, messages.text("legal.nav.bankruptcy"), "/workbench/legal/bankruptcy", "legal:handle"),
                new NavigationItem(Portal.WORKBENCH, 167, messages.text("legal.nav.coordination"), "/workbench/legal/coordination", "legal:respond"),
                new NavigationItem(Portal.PUBLIC, 871, messages.text("legal.nav.bankruptcyPublic"), "/public/bankruptcy", null),
                new NavigationItem(Portal.PUBLIC, 870, messages.text("legal.nav.appraisalCheck"), "/public/appraisals", null),
                new NavigationItem(Portal.COCKPIT, 160, messages.text("legal.nav.office"), "/cockpit/legal", "legal:supervise"),
                new NavigationItem(Portal.WORKBENCH, 168, messages.text("legal.nav.rectifications"), "/workbench/legal/rectifications", "legal:rectify"),
                new NavigationItem(Portal.COCKPIT, 169, messages.text("legal.nav.enforcementReviews"), "/cockpit/legal/enforcement-reviews", "legal:supervise"),
                new NavigationItem(Portal.COCKPIT, 168, messages.text("legal.nav.annualCases"), "/cockpit/legal/annual-cases", "legal:supervise"),
                new NavigationItem(Portal.PUBLIC, 872, messages.text("legal.nav.annualCases"), "/public/legal/annual-cases", null));
    }

    /** A court officer is not offered the stalled-case ledger, a police officer not the court's filings. */
    @Override
    public List<NavigationItem> itemsFor(SignedInUser user) {
        if (user == null || user.departmentId() == null || !user.can("legal:handle")) {
            return items();
        }
        DepartmentFunction function = departments.require(user.departmentId()).function();
        return items().stream().filter(i -> !WORKED_BY.containsKey(i.href()) || WORKED_BY.get(i.href()).contains(function)).toList();
    }
}
