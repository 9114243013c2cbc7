package cn.yingshang.inspection.internal;

import cn.yingshang.platform.Text;
import cn.yingshang.platform.NavigationItem;
import cn.yingshang.platform.NavigationItems;
import cn.yingshang.platform.Portal;
import java.util.List;
import org.springframework.stereotype.Component;

@Component
class InspectionNavigation implements NavigationItems {

    @Override
    public List<NavigationItem> items() {
        return List.of(
                new NavigationItem(Portal.WORKBENCH, 300, Text.of("inspection.nav.catalogue"), "/workbench/inspections/items", "inspection:read"),
                new NavigationItem(Portal.WORKBENCH, 310, Text.of("inspection.nav.inspectors"), "/workbench/inspections/inspectors", "inspection:read"),
                new NavigationItem(Portal.WORKBENCH, 320, Text.of("inspection.nav.plans"), "/workbench/inspections/plans", "inspection:read"),
                new NavigationItem(Portal.WORKBENCH, 330, Text.of("inspection.nav.myTasks"), "/workbench/inspections/tasks", "inspection:inspect"),
                new NavigationItem(Portal.WORKBENCH, 340, Text.of("inspection.nav.settings"), "/workbench/inspections/settings", "inspection:settings"),
                new NavigationItem(Portal.COCKPIT, 300, Text.of("inspection.nav.enterpriseInspections"), "/cockpit/inspections", "inspection:read"),
                new NavigationItem(Portal.ENTERPRISE, 300, Text.of("inspection.nav.visits"), "/enterprise/inspections", null),
                new NavigationItem(Portal.PUBLIC, 300, Text.of("inspection.nav.publicResults"), "/public/inspections", null));
    }
}
