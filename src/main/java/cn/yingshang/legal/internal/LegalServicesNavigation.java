package cn.yingshang.legal.internal;

import cn.yingshang.platform.DepartmentFunction;
import cn.yingshang.platform.Departments;
import cn.yingshang.platform.NavigationItem;
import cn.yingshang.platform.NavigationItems;
import cn.yingshang.platform.Portal;
import cn.yingshang.platform.SignedInUser;
import java.util.List;
import org.springframework.stereotype.Component;

/** Menu entries of the administrator's property query, disputes and discretion benchmarks. */
@Component
class LegalServicesNavigation implements NavigationItems {

    private static final String DIRECTORY = "/workbench/legal/directory";

    private final LegalMessages messages;
    private final Departments departments;

    LegalServicesNavigation(LegalMessages messages, Departments departments) {
        this.messages = messages;
        this.departments = departments;
    }

    @Override
    public List<NavigationItem> items() {
        return List.of(
                new NavigationItem(Portal.ENTERPRISE, 161, messages.text("legal.nav.administered"), "/enterprise/legal/administered", "legal:file"),
                new NavigationItem(Portal.WORKBENCH, 168, messages.text("legal.nav.propertyQueries"), "/workbench/legal/property-queries", "legal:respond"),
                new NavigationItem(Portal.ENTERPRISE, 162, messages.text("legal.nav.disputes"), "/enterprise/legal/disputes", "legal:file"),
                new NavigationItem(Portal.WORKBENCH, 169, messages.text("legal.nav.disputesRouted"), "/workbench/legal/disputes", "legal:respond"),
                new NavigationItem(Portal.PUBLIC, 872, messages.text("legal.nav.legalServices"), "/public/legal-services", null),
                new NavigationItem(Portal.WORKBENCH, 171, messages.text("legal.nav.directory"), DIRECTORY, "legal:respond"),
                new NavigationItem(Portal.WORKBENCH, 170, messages.text("legal.nav.benchmarks"), "/workbench/legal/benchmarks", "legal:respond"),
                new NavigationItem(Portal.PUBLIC, 873, messages.text("legal.nav.benchmarksPublic"), "/public/discretion-benchmarks", null),
                new NavigationItem(Portal.COCKPIT, 161, messages.text("legal.nav.benchmarksOffice"), "/cockpit/legal/benchmarks", "legal:supervise"));
    }

    /** Only the judicial administration is offered the directory it keeps. */
    @Override
    public List<NavigationItem> itemsFor(SignedInUser user) {
        boolean justice = user != null && user.departmentId() != null
                && departments.require(user.departmentId()).function() == DepartmentFunction.JUSTICE;
        return items().stream().filter(i -> justice || !DIRECTORY.equals(i.href())).toList();
    }
}
