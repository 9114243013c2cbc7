package cn.yingshang.reference.internal;

import cn.yingshang.platform.NavigationItem;
import cn.yingshang.platform.NavigationItems;
import cn.yingshang.platform.Portal;
import java.util.List;
import org.springframework.stereotype.Component;

@Component
class ReferenceNavigation implements NavigationItems {

    @Override
    public List<NavigationItem> items() {
        return List.of(new NavigationItem(Portal.WORKBENCH, 900, "nav.reference.workbench.calendar", "/workbench/calendar", "calendar:manage"));
    }
}
