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
                new NavigationItem(Portal.WORKBENCH, 850, "nav.catalogue.workbench.catalogues", "/workbench/catalogues", "catalogue:manage"),
                new NavigationItem(Portal.PUBLIC, 850, "nav.catalogue.public.catalogues", "/public/catalogues", null),
                new NavigationItem(Portal.PUBLIC, 860, "nav.catalogue.public.catalogues.check", "/public/catalogues/check", null),
                new NavigationItem(Portal.ENTERPRISE, 850, "nav.catalogue.public.catalogues.check", "/public/catalogues/check", null));
    }
}
