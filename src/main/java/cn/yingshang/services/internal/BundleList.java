package cn.yingshang.services.internal;

import cn.yingshang.platform.ListPage;
import cn.yingshang.platform.PageOf;
import cn.yingshang.platform.SignedInUser;
import java.util.List;
import org.springframework.stereotype.Component;

/** The bundles a user follows: an enterprise its own, the office the latest, a department those with its parts to do. */
@Component
class BundleList {

    private final Bundles bundles;
    private final BundleViews views;
    private final CaseAccess cases;

    BundleList(Bundles bundles, BundleViews views, CaseAccess cases) {
        this.bundles = bundles;
        this.views = views;
        this.cases = cases;
    }

    /** One page of them, searched by the bundle's name, the applicant or the credit code. */
    PageOf<BundleViews.BundleView> visibleTo(SignedInUser user, String search, ListPage page) {
        PageOf<Long> ids;
        if (user.creditCode() != null && user.can("services:apply")) {
            ids = bundles.ofEnterprise(user.creditCode(), search, page);
        } else if (user.can("services:bundles")) {
            ids = bundles.latest(search, page);
        } else if (user.can("services:handle") && cases.departmentOf(user) != null) {
            ids = bundles.withOpenPartsIn(cases.departmentOf(user), search, page);
        } else {
            ids = new PageOf<>(List.of(), 0, page);
        }
        return ids.map(id -> views.of(bundles.find(id).orElseThrow(), user));
    }
}
