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
                new NavigationItem(Portal.ENTERPRISE, 500, ArrearsText.text("arrears.nav.enterprise"), "/enterprise/arrears", "arrears:report"),
                new NavigationItem(Portal.WORKBENCH, 500, ArrearsText.text("arrears.nav.ledger"), "/workbench/arrears", "arrears:read"),
                new NavigationItem(Portal.WORKBENCH, 510, ArrearsText.text("arrears.nav.payers"), "/workbench/arrears/payers", "arrears:read"),
                new NavigationItem(Portal.WORKBENCH, 520, ArrearsText.text("arrears.nav.figures"), "/workbench/arrears/figures", "arrears:read"),
                new NavigationItem(Portal.WORKBENCH, 530, ArrearsText.text("arrears.nav.publicity"), "/workbench/arrears/publicity", "arrears:manage"),
                new NavigationItem(Portal.COCKPIT, 500, ArrearsText.text("arrears.nav.figures"), "/workbench/arrears/figures", "arrears:read"),
                new NavigationItem(Portal.PUBLIC, 500, ArrearsText.text("arrears.nav.public"), "/public/arrears", null));
    }
}
