package cn.yingshang.arrears.internal;

import cn.yingshang.platform.NavigationItem;
import cn.yingshang.platform.NavigationItems;
import cn.yingshang.platform.Portal;
import java.util.List;
import org.springframework.stereotype.Component;

@Component
class ArrearsNavigation implements NavigationItems {

    @Override
    public List<NavigationItem> items() {
        return List.of(
                new NavigationItem(Portal.ENTERPRISE, 500, "拖欠账款", "/enterprise/arrears", "arrears:report"),
                new NavigationItem(Portal.WORKBENCH, 500, "拖欠账款台账", "/workbench/arrears", "arrears:read"),
                new NavigationItem(Portal.WORKBENCH, 510, "付款方名录", "/workbench/arrears/payers", "arrears:read"),
                new NavigationItem(Portal.WORKBENCH, 520, "清欠统计", "/workbench/arrears/figures", "arrears:read"),
                new NavigationItem(Portal.WORKBENCH, 530, "逾期账款年度公开", "/workbench/arrears/publicity", "arrears:manage"),
                new NavigationItem(Portal.COCKPIT, 500, "清欠统计", "/workbench/arrears/figures", "arrears:read"),
                new NavigationItem(Portal.PUBLIC, 500, "拖欠账款公开", "/public/arrears", null));
    }
}
