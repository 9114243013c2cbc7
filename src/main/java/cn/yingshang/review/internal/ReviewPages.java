package cn.yingshang.review.internal;

import cn.yingshang.platform.Text;
import cn.yingshang.platform.FormErrors;
import cn.yingshang.platform.Portal;
import cn.yingshang.platform.SignedInUser;
import cn.yingshang.review.internal.ReviewModel.Decision;
import cn.yingshang.review.internal.ReviewModel.Draft;
import cn.yingshang.review.internal.ReviewModel.Signing;
import cn.yingshang.shared.DomainViolation;
import java.io.IOException;
import java.time.LocalDate;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** Fair competition review in the government workbench: submit a draft, decide findings, sign, issue. */
@Controller
class ReviewPages {

    private final Reviews reviews;
    private final ReviewAccess access;

    ReviewPages(Reviews reviews, ReviewAccess access) {
        this.reviews = reviews;
        this.access = access;
    }

    @GetMapping("/workbench/reviews")
    @PreAuthorize("hasAnyAuthority('review:submit','review:decide','review:read')")
    String list(@AuthenticationPrincipal SignedInUser user,
                @org.springframework.web.bind.annotation.RequestParam(defaultValue = "") String q,
                cn.yingshang.platform.ListPage page, Model model) {
        model.addAttribute("portal", Portal.WORKBENCH);
        var found = reviews.drafts(access.draftScope(user), q, page);
        model.addAttribute("draftPage", found);
        model.addAttribute("drafts", found.rows());
        model.addAttribute("q", q);
        return "review/list";
    }

    @GetMapping("/workbench/reviews/new")
    @PreAuthorize("hasAuthority('review:submit')")
    String newForm(Model model) {
        model.addAttribute("portal", Portal.WORKBENCH);
        model.addAttribute("kinds", ReviewModel.DocumentKind.values());
        model.addAttribute("draftTitle", "");
        model.addAttribute("kind", "POLICY");
        model.addAttribute("text", "");
        return "review/new";
    }

    @PostMapping("/workbench/reviews")
    @PreAuthorize("hasAuthority('review:submit')")
    String submit(@RequestParam(defaultValue = "") String title, @RequestParam(defaultValue = "") String kind,
                  @RequestParam(defaultValue = "") String text, @RequestParam(required = false) MultipartFile file,
                  @AuthenticationPrincipal SignedInUser user, Model model, RedirectAttributes redirect) throws IOException {
        try {
            String body = text;
            String filename = null;
            if (file != null && !file.isEmpty()) {
                filename = file.getOriginalFilename();
                body = DraftText.extract(filename, file.getBytes());
                if (title.isBlank() && filename != null) {
                    title = filename.replaceFirst("\\.[^.]+$", "");
                }
            }
            long id = reviews.submit(title, kind, body, filename, user);
            redirect.addFlashAttribute("flash", Text.of("review.pages.flash.submitted"));
            return "redirect:/workbench/reviews/" + id;
        } catch (DomainViolation e) {
            FormErrors.show(model, FormErrors.of(e));
            model.addAttribute("portal", Portal.WORKBENCH);
            model.addAttribute("kinds", ReviewModel.DocumentKind.values());
            model.addAttribute("draftTitle", title);
            model.addAttribute("kind", kind);
            model.addAttribute("text", text);
            return "review/new";
        }
    }

    @GetMapping("/workbench/reviews/{id}")
    @PreAuthorize("hasAnyAuthority('review:submit','review:decide','review:read')")
    String detail(@PathVariable long id, @AuthenticationPrincipal SignedInUser user, Model model) {
        Draft draft = reviews.get(id);
        ReviewModel.Record record = reviews.record(id).orElse(null);
        access.requireRead(user, draft, record);
        model.addAttribute("portal", Portal.WORKBENCH);
        model.addAttribute("draft", draft);
        model.addAttribute("findings", reviews.findings(id));
        model.addAttribute("record", record);
        model.addAttribute("mayDecide", access.mayDecide(user, draft));
        model.addAttribute("mayIssue", access.mayIssue(user, draft));
        model.addAttribute("grounds", ReviewModel.ExceptionGround.values());
        model.addAttribute("pending", reviews.findings(id).stream().filter(f -> f.decision() == Decision.PENDING).count());
        return "review/detail";
    }

    @PostMapping("/workbench/reviews/{id}/findings/{findingId}")
    @PreAuthorize("hasAuthority('review:decide')")
    String decide(@PathVariable long id, @PathVariable long findingId, @RequestParam(defaultValue = "") String decision,
                  @RequestParam(defaultValue = "") String note, @AuthenticationPrincipal SignedInUser user,
                  RedirectAttributes redirect) {
        access.requireDecide(user, reviews.get(id));
        try {
            reviews.decide(id, findingId, decision, note, user);
            redirect.addFlashAttribute("flash", Text.of("review.pages.flash.findingRecorded"));
        } catch (DomainViolation e) {
            redirect.addFlashAttribute("flash", e.getMessage());
        }
        return "redirect:/workbench/reviews/" + id + "#finding-" + findingId;
    }

    @PostMapping("/workbench/reviews/{id}/record")
    @PreAuthorize("hasAuthority('review:decide')")
    String sign(@PathVariable long id, @RequestParam(defaultValue = "") String opinion,
                @RequestParam(defaultValue = "false") boolean invokeException,
                @RequestParam(defaultValue = "") String exceptionGround,
                @RequestParam(defaultValue = "") String exceptionJustification,
                @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate exceptionUntil,
                @RequestParam(defaultValue = "false") boolean publish, @AuthenticationPrincipal SignedInUser user,
                Model model, RedirectAttributes redirect) {
        access.requireDecide(user, reviews.get(id));
        try {
            reviews.sign(id, new Signing(opinion, invokeException, exceptionGround, exceptionJustification, exceptionUntil,
                    publish), user);
            redirect.addFlashAttribute("flash", Text.of("review.pages.flash.signed"));
            return "redirect:/workbench/reviews/" + id;
        } catch (DomainViolation e) {
            FormErrors.show(model, FormErrors.of(e));
            model.addAttribute("opinion", opinion);
            model.addAttribute("exceptionJustification", exceptionJustification);
            return detail(id, user, model);
        }
    }

    @PostMapping("/workbench/reviews/{id}/issue")
    @PreAuthorize("hasAuthority('review:submit')")
    String issue(@PathVariable long id, @AuthenticationPrincipal SignedInUser user, Model model, RedirectAttributes redirect) {
        access.requireIssue(user, reviews.get(id));
        try {
            reviews.issue(id, user);
            redirect.addFlashAttribute("flash", Text.of("review.pages.flash.issued"));
            return "redirect:/workbench/reviews/" + id;
        } catch (DomainViolation e) {
            FormErrors.show(model, FormErrors.of(e));
            return detail(id, user, model);
        }
    }
}
