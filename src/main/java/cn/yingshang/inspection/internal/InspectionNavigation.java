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
                new NavigationItem(Portal.WORKBENCH, 300, Text.of("inspection.inspectionNavigation.text"), "/workbench/inspections/items", "inspection:read"),
                new NavigationItem(Portal.WORKBENCH, 310, Text.of("inspection.inspectionNavigation.text2"), "/workbench/inspections/inspectors", "inspection:read"),
                new NavigationItem(Portal.WORKBENCH, 320, Text.of("inspection.inspectionNavigation.text3"), "/workbench/inspections/plans", "inspection:read"),
                new NavigationItem(Portal.WORKBENCH, 330, Text.of("inspection.inspectionNavigation.text4"), "/workbench/inspections/tasks", "inspection:inspect"),
                new NavigationItem(Portal.WORKBENCH, 340, Text.of("inspection.inspectionNavigation.text5"), "/workbench/inspections/settings", "inspection:settings"),
                new NavigationItem(Portal.COCKPIT, 300, Text.of("inspection.inspectionNavigation.text6"), "/cockpit/inspections", "inspection:read"),
                new NavigationItem(Portal.ENTERPRISE, 300, Text.of("inspection.inspectionNavigation.text7"), "/enterprise/inspections", null),
                new NavigationItem(Portal.PUBLIC, 300, Text.of("inspection.inspectionNavigation.text8"), "/public/inspections", null));
    }
}
