package cn.yingshang.policy.internal;

import cn.yingshang.platform.Text;
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
                new NavigationItem(Portal.WORKBENCH, 300, Text.of("policy.nav.policies"), "/workbench/policies", "policy:read"),
                new NavigationItem(Portal.WORKBENCH, 310, Text.of("policy.nav.publish"), "/workbench/policies/new", "policy:publish"),
                new NavigationItem(Portal.ENTERPRISE, 200, Text.of("policy.nav.matched"), "/enterprise/policies", null),
                new NavigationItem(Portal.PUBLIC, 200, Text.of("policy.nav.public"), "/public/policies", null));
    }
}
