package cn.yingshang.review.internal;

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
                new NavigationItem(Portal.WORKBENCH, 800, "公平竞争审查", "/workbench/reviews", "review:submit"),
                new NavigationItem(Portal.WORKBENCH, 810, "审查标准", "/workbench/review/standards", "review:decide"),
                new NavigationItem(Portal.PUBLIC, 810, "公平竞争审查结论", "/public/reviews", null),
                new NavigationItem(Portal.PUBLIC, 820, "政策文本自查", "/public/review/screen", null));
    }
}
