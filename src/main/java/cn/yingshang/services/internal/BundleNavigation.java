package cn.yingshang.services.internal;

import cn.yingshang.platform.NavigationItem;
import cn.yingshang.platform.NavigationItems;
import cn.yingshang.platform.Portal;
import java.util.List;
import org.springframework.stereotype.Component;

/** Menu entries for 一件事一次办 and 帮办代办. */
@Component
class BundleNavigation implements NavigationItems {

    private final ServiceMessages messages;

    BundleNavigation(ServiceMessages messages) {
        this.messages = messages;
    }

    @Override
    public List<NavigationItem> items() {
        return List.of(
                new NavigationItem(Portal.ENTERPRISE, 155, messages.text("services.nav.bundles"), "/enterprise/services/bundles", "services:apply"),
                new NavigationItem(Portal.ENTERPRISE, 156, messages.text("services.nav.help"), "/enterprise/services/help", "services:apply"),
                new NavigationItem(Portal.WORKBENCH, 155, messages.text("services.nav.bundles"), "/workbench/services/bundles", "services:handle"),
                new NavigationItem(Portal.WORKBENCH, 156, messages.text("services.nav.bundles"), "/workbench/services/bundles", "services:bundles"),
                new NavigationItem(Portal.WORKBENCH, 157, messages.text("services.nav.help"), "/workbench/services/help", "services:handle"),
                new NavigationItem(Portal.WORKBENCH, 158, messages.text("services.nav.catalogue"), "/workbench/services/catalogue", "services:handle"),
                new NavigationItem(Portal.WORKBENCH, 159, messages.text("services.nav.catalogue"), "/workbench/services/catalogue", "services:configure"));
    }
}
