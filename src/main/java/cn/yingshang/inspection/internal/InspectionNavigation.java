package cn.yingshang.inspection.internal;

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
                new NavigationItem(Portal.WORKBENCH, 300, "检查事项清单", "/workbench/inspections/items", "inspection:read"),
                new NavigationItem(Portal.WORKBENCH, 310, "执法检查人员", "/workbench/inspections/inspectors", "inspection:read"),
                new NavigationItem(Portal.WORKBENCH, 320, "抽查计划", "/workbench/inspections/plans", "inspection:read"),
                new NavigationItem(Portal.WORKBENCH, 330, "我的检查任务", "/workbench/inspections/tasks", "inspection:inspect"),
                new NavigationItem(Portal.WORKBENCH, 340, "抽查参数设置", "/workbench/inspections/settings", "inspection:settings"),
                new NavigationItem(Portal.COCKPIT, 300, "涉企检查", "/cockpit/inspections", "inspection:read"),
                new NavigationItem(Portal.ENTERPRISE, 300, "入企检查", "/enterprise/inspections", null),
                new NavigationItem(Portal.PUBLIC, 300, "双随机抽查公示", "/public/inspections", null));
    }
}
