package cn.yingshang.services.internal;

import cn.yingshang.platform.SignedInUser;
import java.util.List;
import org.springframework.stereotype.Component;

/** The bundles a user follows: an enterprise its own, the office the latest, a department those with its parts to do. */
@Component
class BundleList {

    private static final int LIMIT = 100;

    private final Bundles bundles;
    private final BundleViews views;
    private final CaseAccess cases;

    BundleList(Bundles bundles, BundleViews views, CaseAccess cases) {
        this.bundles = bundles;
        this.views = views;
        this.cases = cases;
    }

    List<BundleViews.BundleView> visibleTo(SignedInUser user) {
        List<Long> ids;
        if (user.creditCode() != null && user.can("services:apply")) {
            ids = bundles.ofEnterprise(user.creditCode(), LIMIT);
        } else if (user.can("services:bundles")) {
            ids = bundles.latest(LIMIT);
        } else if (user.can("services:handle") && cases.departmentOf(user) != null) {
            ids = bundles.withOpenPartsIn(cases.departmentOf(user), LIMIT);
        } else {
            ids = List.of();
        }
        return ids.stream().map(id -> views.of(bundles.find(id).orElseThrow(), user)).toList();
    }
}
