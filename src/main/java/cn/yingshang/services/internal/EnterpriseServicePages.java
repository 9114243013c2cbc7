package cn.yingshang.services.internal;

import cn.yingshang.platform.FormErrors;
import cn.yingshang.platform.Portal;
import cn.yingshang.platform.SignedInUser;
import cn.yingshang.shared.DomainViolation;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.UUID;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * 企业服务: an enterprise applies online, follows its cases on the clock, answers the one-time notice,
 * supplies 容缺 materials, sees the decision and its e-licence, and rates the finished case once.
 */
@Controller
@PreAuthorize("hasAuthority('services:apply')")
class EnterpriseServicePages {

    private final ServiceGuides guides;
    private final ServiceCases cases;
    private final CaseAccess access;
    private final CasePage page;
    private final PlatformHeldMaterials held;
    private final ApplyingForService applying;
    private final SupplyingNoticeMaterials noticeSupply;
    private final SupplyingDeficiencyMaterials deficiencySupply;
    private final AcceptingWithDeficiency deficiency;
    private final RatingService ratings;
    private final SeedCitations citations;
    private final ServiceMessages messages;

    EnterpriseServicePages(ServiceGuides guides, ServiceCases cases, CaseAccess access, CasePage page, PlatformHeldMaterials held,
                           ApplyingForService applying, SupplyingNoticeMaterials noticeSupply,
                           SupplyingDeficiencyMaterials deficiencySupply, AcceptingWithDeficiency deficiency,
                           RatingService ratings, SeedCitations citations, ServiceMessages messages) {
        this.deficiencySupply = deficiencySupply;
        this.guides = guides;
        this.cases = cases;
        this.access = access;
        this.page = page;
        this.held = held;
        this.applying = applying;
        this.noticeSupply = noticeSupply;
        this.deficiency = deficiency;
        this.ratings = ratings;
        this.citations = citations;
        this.messages = messages;
    }

    @ModelAttribute
    void portal(Model model) {
        model.addAttribute("portal", Portal.ENTERPRISE);
    }

    @GetMapping("/enterprise/services")
    String list(@AuthenticationPrincipal SignedInUser user,
                @org.springframework.web.bind.annotation.RequestParam(defaultValue = "") String q,
                cn.yingshang.platform.ListPage slice, Model model) {
        var mine = cases.ofEnterprise(user.creditCode(), q, slice);
        model.addAttribute("rows", page.rows(mine.rows()));
        model.addAttribute("casePage", mine);
        model.addAttribute("q", q);
        return "services/enterprise-cases";
    }

    @GetMapping("/enterprise/services/apply/{guideId}")
    String applyForm(@PathVariable long guideId, @AuthenticationPrincipal SignedInUser user, Model model) {
        Guide guide = guides.guide(guideId).orElseThrow(() -> new NoSuchElementException(messages.text("services.guide.notFound")));
        List<Material> listed = guides.materials(guideId);
        model.addAttribute("guide", guide);
        model.addAttribute("citation", citations.format(guide.seedRef()));
        model.addAttribute("slots", held.slots(listed, user.creditCode()));
        model.addAttribute("promiseNotice", page.promiseNotice(guide, listed));
        model.addAttribute("requestKey", UUID.randomUUID().toString());
        return "services/apply";
    }

    @PostMapping("/enterprise/services/apply/{guideId}")
    String apply(@PathVariable long guideId, @RequestParam String requestKey,
                 @RequestParam java.util.Map<String, org.springframework.web.multipart.MultipartFile> files,
                 @RequestParam(defaultValue = "false") boolean promise,
                 @AuthenticationPrincipal SignedInUser user, Model model, RedirectAttributes redirect) throws java.io.IOException {
        try {
            java.util.Map<String, MaterialFiles.Upload> uploads = new java.util.HashMap<>();
            for (Material m : guides.materials(guideId)) {
                org.springframework.web.multipart.MultipartFile f = files.get(fileField(m));
                if (f != null && !f.isEmpty()) {
                    uploads.put(m.name(), new MaterialFiles.Upload(f.getOriginalFilename(), f.getBytes()));
                }
            }
            long id = applying.apply(guideId, requestKey, promise, uploads, user);
            redirect.addFlashAttribute("flash", messages.text("services.flash.applied", id));
            return "redirect:/enterprise/services/cases/" + id;
        } catch (DomainViolation e) {
            FormErrors.show(model, FormErrors.of(e));
            return applyForm(guideId, user, model);
        }
    }

    /** The form field of a material's file: by its position in the guide, as names may hold any character. */
    static String fileField(Material m) {
        return "material-" + m.seq();
    }

    @GetMapping("/enterprise/services/cases/{id}")
    String show(@PathVariable long id, @AuthenticationPrincipal SignedInUser user, Model model) {
        ServiceCase c = access.readable(id, user);
        page.fill(c, user, model);
        model.addAttribute("workbench", false);
        return "services/case";
    }

    /** 补正: one file per material the one-time notice names, in fields {@code notice-file-<position>}. */
    @PostMapping("/enterprise/services/cases/{id}/notice")
    String supplyNotice(@PathVariable long id, @RequestParam java.util.Map<String, org.springframework.web.multipart.MultipartFile> files,
                        @AuthenticationPrincipal SignedInUser user, RedirectAttributes redirect) {
        access.readable(id, user);
        List<String> named = cases.notice(id).map(OneTimeNotice::materials).orElse(List.of());
        java.util.Map<String, MaterialFiles.Upload> uploads = uploads(named, files, SupplyingNoticeMaterials.FIELD);
        return act(id, redirect, "services.flash.noticeSupplied", () -> noticeSupply.supply(id, uploads, user));
    }

    /** 容缺: one file per material the case was accepted without, in fields {@code deficiency-file-<position>}. */
    @PostMapping("/enterprise/services/cases/{id}/deficiency")
    String supplyDeficiency(@PathVariable long id, @RequestParam java.util.Map<String, org.springframework.web.multipart.MultipartFile> files,
                            @AuthenticationPrincipal SignedInUser user, RedirectAttributes redirect) {
        access.readable(id, user);
        java.util.Map<String, MaterialFiles.Upload> uploads = uploads(deficiency.missing(id), files, SupplyingDeficiencyMaterials.FIELD);
        return act(id, redirect, "services.flash.deficiencySupplied", () -> deficiencySupply.supply(id, uploads, user));
    }

    /** The files sent for {@code names}, by the name's position in the field; an empty file input counts as none. */
    static java.util.Map<String, MaterialFiles.Upload> uploads(List<String> names,
                                                             java.util.Map<String, org.springframework.web.multipart.MultipartFile> files,
                                                             String prefix) {
        java.util.Map<String, MaterialFiles.Upload> uploads = new java.util.HashMap<>();
        for (int i = 0; i < names.size(); i++) {
            org.springframework.web.multipart.MultipartFile f = files.get(prefix + i);
            if (f != null && !f.isEmpty()) {
                try {
                    uploads.put(names.get(i), new MaterialFiles.Upload(f.getOriginalFilename(), f.getBytes()));
                } catch (java.io.IOException e) {
                    throw new java.io.UncheckedIOException(e);
                }
            }
        }
        return uploads;
    }

    @PostMapping("/enterprise/services/cases/{id}/rating")
    String rate(@PathVariable long id, @RequestParam(defaultValue = "0") int level, @RequestParam(defaultValue = "") String comment,
                @RequestParam(defaultValue = "true") boolean named, @AuthenticationPrincipal SignedInUser user,
                RedirectAttributes redirect) {
        return act(id, redirect, "services.flash.rated", () -> ratings.rate(id, level, comment, named, user));
    }

    @PostMapping("/enterprise/services/cases/{id}/follow-up")
    String followUp(@PathVariable long id, @RequestParam(defaultValue = "0") int level, @AuthenticationPrincipal SignedInUser user,
                    RedirectAttributes redirect) {
        return act(id, redirect, "services.flash.followedUp", () -> ratings.step(id, "follow-up", null, level, user));
    }

    private String act(long id, RedirectAttributes redirect, String done, Runnable action) {
        try {
            action.run();
            redirect.addFlashAttribute("flash", messages.text(done));
        } catch (DomainViolation e) {
            redirect.addFlashAttribute("errors", FormErrors.of(e));
        }
        return "redirect:/enterprise/services/cases/" + id;
    }
}
