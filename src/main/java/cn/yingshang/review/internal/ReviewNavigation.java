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
                new NavigationItem(Portal.WORKBENCH, 800, Text.of("review.reviewNavigation.text"), "/workbench/reviews", "review:submit"),
                new NavigationItem(Portal.WORKBENCH, 810, Text.of("review.reviewNavigation.text2"), "/workbench/review/standards", "review:decide"),
                new NavigationItem(Portal.PUBLIC, 810, Text.of("review.reviewNavigation.text3"), "/public/reviews", null),
                new NavigationItem(Portal.PUBLIC, 820, Text.of("review.reviewNavigation.text4"), "/public/review/screen", null));
    }
}
