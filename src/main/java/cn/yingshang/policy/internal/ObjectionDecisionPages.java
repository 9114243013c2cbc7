package cn.yingshang.policy.internal;

import cn.yingshang.platform.SignedInUser;
import cn.yingshang.shared.DomainViolation;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The officer decides an objection to a payout list (003 §36): upheld withholds or reverses, with a record. */
@Controller
class ObjectionDecisionPages {

    private final PayoutObjections objections;

    ObjectionDecisionPages(PayoutObjections objections) {
        this.objections = objections;
    }

    @PostMapping("/workbench/policies/{id}/objections/{objectionId}/decision")
    @PreAuthorize("hasAuthority('policy:approve')")
    String decide(@PathVariable long id, @PathVariable long objectionId, @RequestParam boolean upheld,
                  @RequestParam(defaultValue = "") String reason, @AuthenticationPrincipal SignedInUser user,
                  RedirectAttributes redirect) {
        try {
            var decided = objections.decide(id, objectionId, upheld, reason, user.displayName());
            redirect.addFlashAttribute("flash", decided.decisionReason());
        } catch (DomainViolation e) {
            redirect.addFlashAttribute("flash", e.getMessage());
        }
        return "redirect:/workbench/policies/" + id;
    }
}
