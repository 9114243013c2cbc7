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
                new NavigationItem(Portal.COCKPIT, 100, "营商环境地图", "/cockpit/map", "cockpit:read"),
                new NavigationItem(Portal.COCKPIT, 110, "预警", "/cockpit/alerts", "cockpit:read"),
                new NavigationItem(Portal.COCKPIT, 120, "指标定义", "/cockpit/indicators", "cockpit:read"),
                new NavigationItem(Portal.COCKPIT, 200, "绩效考评", "/cockpit/assessments", "cockpit:manage"),
                new NavigationItem(Portal.COCKPIT, 300, "监督员", "/cockpit/supervisors", "cockpit:manage"),
                new NavigationItem(Portal.COCKPIT, 310, "我的监督", "/cockpit/supervision", "cockpit:observe"),
                new NavigationItem(Portal.COCKPIT, 320, "整改事项", "/cockpit/rectifications", "cockpit:read"),
                new NavigationItem(Portal.COCKPIT, 400, "满意度调查", "/cockpit/surveys", "cockpit:manage"),
                new NavigationItem(Portal.COCKPIT, 500, "工作台账", "/cockpit/tasks", "cockpit:read"),
                new NavigationItem(Portal.COCKPIT, 600, "案件评查", "/cockpit/case-reviews", "cockpit:manage"),
                new NavigationItem(Portal.WORKBENCH, 800, "整改事项", "/workbench/rectifications", "cockpit:rectify"),
                new NavigationItem(Portal.WORKBENCH, 810, "工作台账", "/workbench/tasks", "cockpit:task-report"),
                new NavigationItem(Portal.ENTERPRISE, 800, "满意度调查", "/enterprise/surveys", null));
    }
}
