package cn.yingshang.appeal.internal;

import cn.yingshang.platform.NavigationItem;
import cn.yingshang.platform.NavigationItems;
import cn.yingshang.platform.Portal;
import java.util.List;
import org.springframework.stereotype.Component;

import static cn.yingshang.appeal.internal.AppealText.text;

@Component
class AppealNavigation implements NavigationItems {

    @Override
    public List<NavigationItem> items() {
        return List.of(
                new NavigationItem(Portal.ENTERPRISE, 200, text("appeal.nav.mine"), "/enterprise/appeals", "appeal:submit"),
                new NavigationItem(Portal.ENTERPRISE, 210, text("appeal.nav.submit"), "/enterprise/appeals/new", "appeal:submit"),
                new NavigationItem(Portal.WORKBENCH, 200, text("appeal.nav.handle"), "/workbench/appeals", "appeal:handle"),
                new NavigationItem(Portal.WORKBENCH, 200, text("appeal.nav.overview"), "/workbench/appeals", "appeal:office"),
                new NavigationItem(Portal.WORKBENCH, 210, text("appeal.nav.intake"), "/workbench/appeals/new", "appeal:intake"),
                new NavigationItem(Portal.WORKBENCH, 220, text("appeal.nav.settings"), "/workbench/appeal-settings", "appeal:configure"),
                new NavigationItem(Portal.COCKPIT, 200, text("appeal.nav.figures"), "/cockpit/appeals", "appeal:figures"),
                new NavigationItem(Portal.PUBLIC, 200, text("appeal.nav.submit"), "/public/appeals/new", null),
                new NavigationItem(Portal.PUBLIC, 205, text("appeal.nav.track"), "/public/appeals/track", null),
                new NavigationItem(Portal.PUBLIC, 210, text("appeal.nav.cases"), "/public/appeals/cases", null));
    }
}
