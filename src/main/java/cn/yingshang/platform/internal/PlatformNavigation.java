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
                new NavigationItem(Portal.WORKBENCH, 910, "nav.platform.accounts", "/workbench/accounts", "account:manage"),
                new NavigationItem(Portal.WORKBENCH, 915, "service-accounts.title", "/workbench/service-accounts", "account:manage"),
                new NavigationItem(Portal.WORKBENCH, 920, "nav.platform.departments", "/workbench/departments", "account:manage"),
                new NavigationItem(Portal.WORKBENCH, 930, "nav.platform.audit", "/workbench/audit", "audit:read"));
    }
}
