package cn.yingshang.services.internal;

import cn.yingshang.platform.SignedInUser;
import java.util.List;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/** 一件事一次办 over JSON: the enterprise applies once and follows every part; departments and the office follow theirs. */
@RestController
class ServiceBundleApi {

    record BundleApplication(String bundleCode, String identityName, String idNumber, String requestKey) {
    }

    private final ApplyingForBundle applying;
    private final BundleAccess access;
    private final BundleList list;
    private final BundleViews views;

    ServiceBundleApi(ApplyingForBundle applying, BundleAccess access, BundleList list, BundleViews views) {
        this.applying = applying;
        this.access = access;
        this.list = list;
        this.views = views;
    }

    @PostMapping("/api/v1/service-bundles")
    @PreAuthorize("hasAuthority('services:apply')")
    @ResponseStatus(HttpStatus.CREATED)
    BundleViews.BundleView apply(@RequestBody BundleApplication a, @AuthenticationPrincipal SignedInUser user) {
        long id = applying.apply(a.bundleCode(), new ApplyingForBundle.Identity(a.identityName(), a.idNumber()), a.requestKey(), user);
        return views.of(access.readable(id, user), user);
    }

    @GetMapping("/api/v1/service-bundles")
    List<BundleViews.BundleView> list(@AuthenticationPrincipal SignedInUser user) {
        return list.visibleTo(user, "", new cn.yingshang.platform.ListPage(1, 100, null, false)).rows();
    }

    @GetMapping("/api/v1/service-bundles/{id}")
    BundleViews.BundleView show(@PathVariable long id, @AuthenticationPrincipal SignedInUser user) {
        return views.of(access.readable(id, user), user);
    }
}
