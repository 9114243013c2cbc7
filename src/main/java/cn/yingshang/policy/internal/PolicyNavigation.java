package cn.yingshang.policy.internal;

import cn.yingshang.platform.NavigationItem;
import cn.yingshang.platform.NavigationItems;
import cn.yingshang.platform.Portal;
import java.util.List;
import org.springframework.stereotype.Component;

@Component
class PolicyNavigation implements NavigationItems {

    @Override
    public List<NavigationItem> items() {
        return List.of(
                new NavigationItem(Portal.WORKBENCH, 300, "惠企政策", "/workbench/policies", "policy:read"),
                new NavigationItem(Portal.WORKBENCH, 310, "发布政策", "/workbench/policies/new", "policy:publish"),
                new NavigationItem(Portal.ENTERPRISE, 200, "为您匹配的政策", "/enterprise/policies", null),
                new NavigationItem(Portal.PUBLIC, 200, "惠企政策与兑现公示", "/public/policies", null));
    }
}
