package cn.yingshang.registry.internal;

import cn.yingshang.platform.NavigationItem;
import cn.yingshang.platform.NavigationItems;
import cn.yingshang.platform.Portal;
import java.util.List;
import org.springframework.stereotype.Component;

@Component
class RegistryNavigation implements NavigationItems {

    @Override
    public List<NavigationItem> items() {
        return List.of(
                new NavigationItem(Portal.WORKBENCH, 100, "nav.registry.workbench.entities", "/workbench/entities", "registry:read"),
                new NavigationItem(Portal.WORKBENCH, 110, "nav.registry.workbench.entities.import", "/workbench/entities/import", "registry:import"),
                new NavigationItem(Portal.WORKBENCH, 120, "nav.registry.workbench.entities.dormant", "/workbench/entities/dormant", "registry:read"),
                new NavigationItem(Portal.ENTERPRISE, 100, "nav.registry.enterprise.entity", "/enterprise/entity", null));
    }
}
