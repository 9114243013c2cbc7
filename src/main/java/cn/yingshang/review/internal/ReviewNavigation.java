package cn.yingshang.review.internal;

import cn.yingshang.platform.Text;
import cn.yingshang.platform.NavigationItem;
import cn.yingshang.platform.NavigationItems;
import cn.yingshang.platform.Portal;
import java.util.List;
import org.springframework.stereotype.Component;

@Component
class ReviewNavigation implements NavigationItems {

    @Override
    public List<NavigationItem> items() {
        return List.of(
                new NavigationItem(Portal.WORKBENCH, 800, Text.of("review.nav.reviews"), "/workbench/reviews", "review:submit"),
                new NavigationItem(Portal.WORKBENCH, 810, Text.of("review.nav.standards"), "/workbench/review/standards", "review:decide"),
                new NavigationItem(Portal.PUBLIC, 810, Text.of("review.nav.publicConclusions"), "/public/reviews", null),
                new NavigationItem(Portal.PUBLIC, 820, Text.of("review.nav.selfCheck"), "/public/review/screen", null));
    }
}
