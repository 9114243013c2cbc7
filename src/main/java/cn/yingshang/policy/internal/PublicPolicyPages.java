package cn.yingshang.policy.internal;

import cn.yingshang.platform.Text;
import cn.yingshang.platform.FormErrors;
import cn.yingshang.platform.Portal;
import cn.yingshang.platform.SignedInUser;
import cn.yingshang.shared.DomainViolation;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.UUID;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** 信息公开: published policies in one place (000 §25) and the payout lists with their objection period (003 §36). */
@Controller
class PublicPolicyPages {

    private final PolicyStore store;
    private final Grants grants;
    private final PayoutObjections objections;
    private final Clock clock;
    private final MessageSource messages;

    PublicPolicyPages(PolicyStore store, Grants grants, PayoutObjections objections, Clock clock, MessageSource messages) {
        this.messages = messages;
        this.store = store;
        this.grants = grants;
        this.objections = objections;
        this.clock = clock;
    }

    @ModelAttribute
    void common(Model model) {
        model.addAttribute("portal", Portal.PUBLIC);
    }

    @GetMapping("/public/policies")
    String policies(@RequestParam(defaultValue = "") String q, cn.yingshang.platform.ListPage page, Model model) {
        var found = store.inForce(LocalDate.now(clock), q, page);
        model.addAttribute("policyPage", found);
        model.addAttribute("policies", found.rows());
        model.addAttribute("q", q);
        model.addAttribute("batches", grants.publishedBatches(LATEST_NOTICES).stream().map(this::notice).toList());
        return "policy/public-list";
    }

    /** The landing page shows the latest notices; every notice is a page at a time here. */
    @GetMapping("/public/policies/payouts")
    String notices(@RequestParam(defaultValue = "") String q, cn.yingshang.platform.ListPage page, Model model) {
        var found = grants.publishedBatches(q, page);
        model.addAttribute("batchPage", found);
        model.addAttribute("batches", found.rows().stream().map(this::notice).toList());
        model.addAttribute("q", q);
        return "policy/public-notices";
    }

    private static final int LATEST_NOTICES = 10;

    private Notice notice(Grants.Batch b) {
        return new Notice(b, store.find(b.policyId()).orElseThrow());
    }

    record Notice(Grants.Batch batch, Policy policy) {
    }

    @GetMapping("/public/policies/payouts/{batchId}")
    String payouts(@PathVariable long batchId, @RequestParam(defaultValue = "") String q,
                   cn.yingshang.platform.ListPage page, Model model) {
        Grants.Batch batch = publishedBatch(batchId);
        model.addAttribute("batch", batch);
        model.addAttribute("policy", store.find(batch.policyId()).orElseThrow());
        model.addAttribute("q", q);
        model.addAttribute("items", grants.items(batchId, q, page));
        model.addAttribute("open", batch.objectionOpen(LocalDate.now(clock)));
        return "policy/public-payouts";
    }

    /**
     * The objection form on a page of its own: on a list of thousands it was below every row, and
     * its error summary far outside the viewport. A row's 提出异议 link fills in the subject.
     */
    @GetMapping("/public/policies/payouts/{batchId}/objections/new")
    String objectionForm(@PathVariable long batchId, @RequestParam(defaultValue = "") String subjectCode, Model model) {
        Grants.Batch batch = publishedBatch(batchId);
        model.addAttribute("batch", batch);
        model.addAttribute("policy", store.find(batch.policyId()).orElseThrow());
        model.addAttribute("open", batch.objectionOpen(LocalDate.now(clock)));
        if (!model.containsAttribute("objection")) {
            model.addAttribute("objection", new PayoutObjections.Form("", "", "", subjectCode.trim(), ""));
        }
        model.addAttribute("crumbs", java.util.List.of(
                new cn.yingshang.platform.Crumb(Portal.PUBLIC.label(), Portal.PUBLIC.home()),
                new cn.yingshang.platform.Crumb(messages.getMessage("policy.payouts.title", null, LocaleContextHolder.getLocale()),
                        "/public/policies/payouts/" + batchId)));
        return "policy/public-objection-form";
    }

    private Grants.Batch publishedBatch(long batchId) {
        return grants.batch(batchId).filter(b -> "APPROVED".equals(b.status()))
                .orElseThrow(() -> new NoSuchElementException(Text.of("policy.public.publicityNotFound")));
    }

    /** The objection becomes an appeal; the objector is sent to a page that follows it. */
    @PostMapping("/public/policies/payouts/{batchId}/objections")
    String object(@PathVariable long batchId, @RequestParam Map<String, String> fields, @AuthenticationPrincipal SignedInUser user,
                  Model model, RedirectAttributes redirect) {
        Grants.Batch batch = grants.batch(batchId).orElseThrow(() -> new NoSuchElementException(Text.of("policy.public.publicityNotFound")));
        PayoutObjections.Form form = new PayoutObjections.Form(fields.get("name"), fields.get("phone"), fields.get("creditCode"),
                fields.get("subjectCode"), fields.get("reason"));
        try {
            PayoutObjections.Raised raised = objections.raise(batchId, form, store.find(batch.policyId()).orElseThrow(),
                    user == null ? null : user.accountId());
            redirect.addFlashAttribute("flash", messages.getMessage("policy.objection.raised",
                    new Object[] {raised.publicCode(), raised.accessCode()}, LocaleContextHolder.getLocale()));
            return "redirect:/public/policies/objections/" + raised.objection().accessToken();
        } catch (DomainViolation e) {
            FormErrors.show(model, FormErrors.of(e));
            model.addAttribute("objection", form);
            return objectionForm(batchId, "", model);
        }
    }

    /** The objector's view: what they objected to and where the appeal stands (no identity shown). */
    @GetMapping("/public/policies/objections/{token}")
    String objection(@PathVariable UUID token, Model model) {
        PayoutObjections.Objection o = objections.byToken(token).orElseThrow(() -> new NoSuchElementException(Text.of("policy.public.objectionNotFound")));
        Grants.Batch batch = grants.batch(o.batchId()).orElseThrow();
        model.addAttribute("objection", o);
        model.addAttribute("batch", batch);
        model.addAttribute("policy", store.find(batch.policyId()).orElseThrow());
        return "policy/public-objection";
    }
}
