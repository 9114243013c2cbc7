package cn.yingshang.services.internal;

import cn.yingshang.platform.FormErrors;
import cn.yingshang.platform.Portal;
import cn.yingshang.platform.SignedInUser;
import cn.yingshang.shared.DomainViolation;
import java.util.UUID;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * 一件事一次办 pages: the enterprise applies once and follows the bundle; each department finishes
 * its own parts from its bundle queue (受理, then 办结); the office follows every bundle.
 */
@Controller
class BundlePages {

    private final ApplyingForBundle applying;
    private final BundleAccess access;
    private final BundleList list;
    private final BundleViews views;
    private final Bundles bundles;
    private final AcceptingCase accepting;
    private final DecidingCase deciding;
    private final ServiceMessages messages;

    BundlePages(ApplyingForBundle applying, BundleAccess access, BundleList list, BundleViews views, Bundles bundles,
                AcceptingCase accepting, DecidingCase deciding, ServiceMessages messages) {
        this.applying = applying;
        this.access = access;
        this.list = list;
        this.views = views;
        this.bundles = bundles;
        this.accepting = accepting;
        this.deciding = deciding;
        this.messages = messages;
    }

    @GetMapping("/enterprise/services/bundles")
    @PreAuthorize("hasAuthority('services:apply')")
    String enterpriseList(@AuthenticationPrincipal SignedInUser user, @RequestParam(defaultValue = "") String q,
                          cn.yingshang.platform.ListPage page, Model model) {
        model.addAttribute("portal", Portal.ENTERPRISE);
        model.addAttribute("bundles", list.visibleTo(user, q, page));
        model.addAttribute("q", q);
        model.addAttribute("definitions", bundles.definitions());
        model.addAttribute("requestKey", UUID.randomUUID().toString());
        return "services/bundles";
    }

    @PostMapping("/enterprise/services/bundles")
    @PreAuthorize("hasAuthority('services:apply')")
    String apply(@RequestParam(defaultValue = "") String bundleCode, @RequestParam(defaultValue = "") String identityName,
                 @RequestParam(defaultValue = "") String idNumber, @RequestParam(defaultValue = "") String requestKey,
                 @AuthenticationPrincipal SignedInUser user, Model model, RedirectAttributes redirect) {
        try {
            long id = applying.apply(bundleCode, new ApplyingForBundle.Identity(identityName, idNumber), requestKey, user);
            redirect.addFlashAttribute("flash", messages.text("services.bundle.applied"));
            return "redirect:/enterprise/services/bundles/" + id;
        } catch (DomainViolation e) {
            FormErrors.show(model, FormErrors.of(e));
            model.addAttribute("identityName", identityName);
            model.addAttribute("selected", bundleCode);
            return enterpriseList(user, "", cn.yingshang.platform.ListPage.first(), model);
        }
    }

    @GetMapping("/enterprise/services/bundles/{id}")
    @PreAuthorize("hasAuthority('services:apply')")
    String enterpriseBundle(@PathVariable long id, @AuthenticationPrincipal SignedInUser user, Model model) {
        model.addAttribute("portal", Portal.ENTERPRISE);
        model.addAttribute("b", views.of(access.readable(id, user), user));
        return "services/bundle";
    }

    @GetMapping("/workbench/services/bundles")
    @PreAuthorize("hasAnyAuthority('services:handle', 'services:bundles')")
    String workbenchList(@AuthenticationPrincipal SignedInUser user, @RequestParam(defaultValue = "") String q,
                         cn.yingshang.platform.ListPage page, Model model) {
        model.addAttribute("portal", Portal.WORKBENCH);
        model.addAttribute("bundles", list.visibleTo(user, q, page));
        model.addAttribute("q", q);
        return "services/bundle-queue";
    }

    @GetMapping("/workbench/services/bundles/{id}")
    @PreAuthorize("hasAnyAuthority('services:handle', 'services:bundles')")
    String workbenchBundle(@PathVariable long id, @AuthenticationPrincipal SignedInUser user, Model model) {
        model.addAttribute("portal", Portal.WORKBENCH);
        model.addAttribute("b", views.of(access.readable(id, user), user));
        return "services/bundle";
    }

    @PostMapping("/workbench/services/bundles/{id}/parts/{seq}/acceptance")
    @PreAuthorize("hasAuthority('services:handle')")
    String accept(@PathVariable long id, @PathVariable int seq, @AuthenticationPrincipal SignedInUser user,
                  RedirectAttributes redirect) {
        return act(id, seq, user, redirect, "services.bundle.part.accepted", caseId -> accepting.accept(caseId, user));
    }

    @PostMapping("/workbench/services/bundles/{id}/parts/{seq}/grant")
    @PreAuthorize("hasAuthority('services:handle')")
    String grant(@PathVariable long id, @PathVariable int seq, @AuthenticationPrincipal SignedInUser user,
                 RedirectAttributes redirect) {
        return act(id, seq, user, redirect, "services.bundle.part.granted", caseId -> deciding.grant(caseId, user));
    }

    private String act(long id, int seq, SignedInUser user, RedirectAttributes redirect, String done,
                       java.util.function.LongConsumer action) {
        Bundle b = access.readable(id, user);
        Bundle.Part part = b.parts().stream().filter(p -> p.seq() == seq && access.actsOn(p, user) && p.caseId() != null)
                .findFirst().orElseThrow(access::notFound);
        try {
            action.accept(part.caseId());
            redirect.addFlashAttribute("flash", messages.text(done, part.itemName()));
        } catch (DomainViolation e) {
            redirect.addFlashAttribute("errors", FormErrors.of(e));
        }
        return "redirect:/workbench/services/bundles/" + id;
    }
}
