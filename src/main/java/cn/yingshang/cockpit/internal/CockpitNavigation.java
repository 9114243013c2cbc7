package cn.yingshang.cockpit.internal;

import cn.yingshang.platform.NavigationItem;
import cn.yingshang.platform.NavigationItems;
import cn.yingshang.platform.Portal;
import java.util.List;
import org.springframework.stereotype.Component;

@Component
class CockpitNavigation implements NavigationItems {

    @Override
    public List<NavigationItem> items() {
        return List.of(
                new NavigationItem(Portal.COCKPIT, 100, "nav.cockpit.cockpit.map", "/cockpit/map", "cockpit:read"),
                new NavigationItem(Portal.COCKPIT, 110, "nav.cockpit.cockpit.alerts", "/cockpit/alerts", "cockpit:read"),
                new NavigationItem(Portal.COCKPIT, 120, "nav.cockpit.cockpit.indicators", "/cockpit/indicators", "cockpit:read"),
                new NavigationItem(Portal.COCKPIT, 200, "nav.cockpit.cockpit.assessments", "/cockpit/assessments", "cockpit:manage"),
                new NavigationItem(Portal.COCKPIT, 300, "nav.cockpit.cockpit.supervisors", "/cockpit/supervisors", "cockpit:manage"),
                new NavigationItem(Portal.COCKPIT, 310, "nav.cockpit.cockpit.supervision", "/cockpit/supervision", "cockpit:observe"),
                new NavigationItem(Portal.COCKPIT, 320, "nav.cockpit.cockpit.rectifications", "/cockpit/rectifications", "cockpit:read"),
                new NavigationItem(Portal.COCKPIT, 400, "nav.cockpit.cockpit.surveys", "/cockpit/surveys", "cockpit:manage"),
                new NavigationItem(Portal.COCKPIT, 500, "nav.cockpit.cockpit.tasks", "/cockpit/tasks", "cockpit:read"),
                new NavigationItem(Portal.COCKPIT, 600, "nav.cockpit.cockpit.case.reviews", "/cockpit/case-reviews", "cockpit:manage"),
                new NavigationItem(Portal.WORKBENCH, 800, "nav.cockpit.workbench.rectifications", "/workbench/rectifications", "cockpit:rectify"),
                new NavigationItem(Portal.WORKBENCH, 810, "nav.cockpit.workbench.tasks", "/workbench/tasks", "cockpit:task-report"),
                new NavigationItem(Portal.ENTERPRISE, 800, "nav.cockpit.enterprise.surveys", "/enterprise/surveys", null));
    }
}
