package cn.yingshang.appeal.internal;

import cn.yingshang.platform.NavigationItem;
import cn.yingshang.platform.NavigationItems;
import cn.yingshang.platform.Portal;
import java.util.List;
import org.springframework.stereotype.Component;

@Component
class AppealNavigation implements NavigationItems {

    @Override
    public List<NavigationItem> items() {
        return List.of(
                new NavigationItem(Portal.ENTERPRISE, 200, "我的诉求", "/enterprise/appeals", "appeal:submit"),
                new NavigationItem(Portal.ENTERPRISE, 210, "提交诉求", "/enterprise/appeals/new", "appeal:submit"),
                new NavigationItem(Portal.WORKBENCH, 200, "诉求办理", "/workbench/appeals", "appeal:handle"),
                new NavigationItem(Portal.WORKBENCH, 200, "诉求总览", "/workbench/appeals", "appeal:office"),
                new NavigationItem(Portal.WORKBENCH, 210, "代录诉求", "/workbench/appeals/new", "appeal:intake"),
                new NavigationItem(Portal.WORKBENCH, 220, "诉求分类与时限", "/workbench/appeal-settings", "appeal:configure"),
                new NavigationItem(Portal.COCKPIT, 200, "诉求办理指标", "/cockpit/appeals", "appeal:figures"),
                new NavigationItem(Portal.PUBLIC, 200, "提交诉求", "/public/appeals/new", null),
                new NavigationItem(Portal.PUBLIC, 205, "查询诉求", "/public/appeals/track", null),
                new NavigationItem(Portal.PUBLIC, 210, "诉求典型案例", "/public/appeals/cases", null));
    }
}
