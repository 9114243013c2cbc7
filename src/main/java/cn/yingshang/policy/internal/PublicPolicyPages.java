package cn.yingshang.policy.internal;

import cn.yingshang.platform.FormErrors;
import cn.yingshang.platform.Portal;
import cn.yingshang.shared.DomainViolation;
import java.time.Clock;
import java.time.LocalDate;
import java.util.NoSuchElementException;
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
    private final Clock clock;

    PublicPolicyPages(PolicyStore store, Grants grants, Clock clock) {
        this.store = store;
        this.grants = grants;
        this.clock = clock;
    }

    @ModelAttribute
    void common(Model model) {
        model.addAttribute("portal", Portal.PUBLIC);
    }

    @GetMapping("/public/policies")
    String policies(Model model) {
        LocalDate today = LocalDate.now(clock);
        model.addAttribute("policies", store.published().stream().filter(p -> p.inForceOn(today)).toList());
        model.addAttribute("batches", grants.publishedBatches(50).stream()
                .map(b -> new Notice(b, store.find(b.policyId()).orElseThrow())).toList());
        return "policy/public-list";
    }

    record Notice(Grants.Batch batch, Policy policy) {
    }

    @GetMapping("/public/policies/payouts/{batchId}")
    String payouts(@PathVariable long batchId, Model model) {
        Grants.Batch batch = grants.batch(batchId).filter(b -> "APPROVED".equals(b.status()))
                .orElseThrow(() -> new NoSuchElementException("公示名单不存在"));
        model.addAttribute("batch", batch);
        model.addAttribute("policy", store.find(batch.policyId()).orElseThrow());
        model.addAttribute("items", grants.items(batchId));
        model.addAttribute("open", batch.objectionOpen(LocalDate.now(clock)));
        return "policy/public-payouts";
    }

    @PostMapping("/public/policies/payouts/{batchId}/objections")
    String object(@PathVariable long batchId, @RequestParam(defaultValue = "") String creditCode,
                  @RequestParam(defaultValue = "") String contact, @RequestParam(defaultValue = "") String reason,
                  Model model, RedirectAttributes redirect) {
        Grants.Batch batch = grants.batch(batchId).orElseThrow(() -> new NoSuchElementException("公示名单不存在"));
        try {
            grants.object(batchId, creditCode, contact, reason, store.find(batch.policyId()).orElseThrow());
            redirect.addFlashAttribute("flash", "已收到您的异议，主管部门将核实处理");
            return "redirect:/public/policies/payouts/" + batchId;
        } catch (DomainViolation e) {
            FormErrors.show(model, FormErrors.of(e));
            model.addAttribute("objection", java.util.Map.of("creditCode", creditCode, "contact", contact, "reason", reason));
            return payouts(batchId, model);
        }
    }
}
