package cn.yingshang.catalogue.internal;

import cn.yingshang.platform.NavigationItem;
import cn.yingshang.platform.NavigationItems;
import cn.yingshang.platform.Portal;
import java.util.List;
import org.springframework.stereotype.Component;

@Component
class CatalogueNavigation implements NavigationItems {

    @Override
    public List<NavigationItem> items() {
        return List.of(
                new NavigationItem(Portal.WORKBENCH, 850, "清单管理", "/workbench/catalogues", "catalogue:manage"),
                new NavigationItem(Portal.PUBLIC, 850, "收费、证明、中介等清单", "/public/catalogues", null),
                new NavigationItem(Portal.PUBLIC, 860, "清单核对：能否向我收取/索要", "/public/catalogues/check", null),
                new NavigationItem(Portal.ENTERPRISE, 850, "清单核对：能否向我收取/索要", "/public/catalogues/check", null));
    }
}
