package cn.yingshang.platform.internal;

import cn.yingshang.platform.NavigationItem;
import cn.yingshang.platform.NavigationItems;
import cn.yingshang.platform.Portal;
import java.util.List;
import org.springframework.stereotype.Component;

@Component
class PlatformNavigation implements NavigationItems {

    @Override
    public List<NavigationItem> items() {
        return List.of(
                new NavigationItem(Portal.WORKBENCH, 910, "账号管理", "/workbench/accounts", "account:manage"),
                new NavigationItem(Portal.WORKBENCH, 920, "部门", "/workbench/departments", "account:manage"),
                new NavigationItem(Portal.WORKBENCH, 930, "操作日志", "/workbench/audit", "audit:read"));
    }
}
