package cn.yingshang.platform.internal;

import cn.yingshang.platform.NavigationItem;
import cn.yingshang.platform.NavigationItems;
import cn.yingshang.platform.Portal;
import java.util.List;
import org.springframework.stereotype.Component;

@Component
class PlatformNavigation implements NavigationItems {

    private final org.springframework.context.MessageSource messages;

    PlatformNavigation(org.springframework.context.MessageSource messages) {
        this.messages = messages;
    }

    @Override
    public List<NavigationItem> items() {
        return List.of(
                new NavigationItem(Portal.WORKBENCH, 910, "账号管理", "/workbench/accounts", "account:manage"),
                new NavigationItem(Portal.WORKBENCH, 915, messages.getMessage("service-accounts.title", null,
                        java.util.Locale.SIMPLIFIED_CHINESE), "/workbench/service-accounts", "account:manage"),
                new NavigationItem(Portal.WORKBENCH, 920, "部门", "/workbench/departments", "account:manage"),
                new NavigationItem(Portal.WORKBENCH, 930, "操作日志", "/workbench/audit", "audit:read"));
    }
}
