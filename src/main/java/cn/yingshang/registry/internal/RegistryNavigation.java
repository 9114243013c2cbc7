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
                new NavigationItem(Portal.WORKBENCH, 100, "经营主体", "/workbench/entities", "registry:read"),
                new NavigationItem(Portal.WORKBENCH, 110, "批量导入主体", "/workbench/entities/import", "registry:import"),
                new NavigationItem(Portal.WORKBENCH, 120, "僵尸主体排查", "/workbench/entities/dormant", "registry:read"),
                new NavigationItem(Portal.ENTERPRISE, 100, "本企业信息", "/enterprise/entity", null));
    }
}
