package cn.yingshang.services.internal;

import cn.yingshang.platform.NavigationItem;
import cn.yingshang.platform.NavigationItems;
import cn.yingshang.platform.Portal;
import java.util.List;
import java.util.Locale;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

@Component
class ServicesNavigation implements NavigationItems {

    private final MessageSource messages;

    ServicesNavigation(MessageSource messages) {
        this.messages = messages;
    }

    @Override
    public List<NavigationItem> items() {
        return List.of(
                new NavigationItem(Portal.PUBLIC, 150, label("services.nav.guides"), "/public/services", null),
                new NavigationItem(Portal.PUBLIC, 151, label("services.nav.consistency"), "/public/services/consistency", null),
                new NavigationItem(Portal.PUBLIC, 152, label("services.nav.licences"), "/public/e-licences", null),
                new NavigationItem(Portal.PUBLIC, 153, label("services.nav.ratings"), "/public/services/ratings", null),
                new NavigationItem(Portal.ENTERPRISE, 150, label("services.nav.guides"), "/public/services", null),
                new NavigationItem(Portal.ENTERPRISE, 151, label("services.nav.myCases"), "/enterprise/services", "services:apply"),
                new NavigationItem(Portal.WORKBENCH, 150, label("services.nav.queue"), "/workbench/services", "services:handle"),
                new NavigationItem(Portal.WORKBENCH, 151, label("services.nav.window"), "/workbench/services/window", "services:handle"),
                new NavigationItem(Portal.WORKBENCH, 152, label("services.nav.badRatings"), "/workbench/services/bad-ratings", "services:handle"),
                new NavigationItem(Portal.WORKBENCH, 153, label("services.nav.cover"), "/workbench/services/cover", "services:handle"),
                new NavigationItem(Portal.WORKBENCH, 154, label("services.nav.allCases"), "/workbench/services", "services:configure"),
                new NavigationItem(Portal.WORKBENCH, 155, label("services.nav.badRatings"), "/workbench/services/bad-ratings", "services:configure"));
    }

    private String label(String key) {
        return messages.getMessage(key, null, Locale.SIMPLIFIED_CHINESE);
    }
}
