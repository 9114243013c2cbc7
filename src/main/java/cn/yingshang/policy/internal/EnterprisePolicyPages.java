package cn.yingshang.policy.internal;

import cn.yingshang.platform.Text;
import cn.yingshang.platform.FormErrors;
import cn.yingshang.platform.Portal;
import cn.yingshang.platform.SignedInUser;
import cn.yingshang.policy.internal.Policy.GrantMode;
import cn.yingshang.shared.DomainViolation;
import java.io.IOException;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.Optional;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartHttpServletRequest;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** "Policies for you": matches with their reasons, near misses, unknowns, and applying. */
@Controller
class EnterprisePolicyPages {

    private final PolicyStore store;
    private final PolicyMatching matching;
    private final Applications applications;
    private final Grants grants;
    private final Clock clock;

    EnterprisePolicyPages(PolicyStore store, PolicyMatching matching, Applications applications, Grants grants, Clock clock) {
        this.store = store;
        this.matching = matching;
        this.applications = applications;
        this.grants = grants;
        this.clock = clock;
    }

    @ModelAttribute
    void common(Model model) {
        model.addAttribute("portal", Portal.ENTERPRISE);
    }

    record Line(String text, Boolean result) {
    }

    record Card(Policy policy, Boolean eligible, List<Line> lines, String nearMiss, List<String> unknown) {
    }

    private List<Card> cards(String code) {
        LocalDate today = LocalDate.now(clock);
        EntityFacts facts = matching.facts(code).orElseThrow(() -> new NoSuchElementException(Text.of("policy.enterprise.entityNotFound")));
        List<Card> out = new ArrayList<>();
        for (Policy p : store.published()) {
            if (!p.inForceOn(today)) {
                continue;
            }
            Optional<Policy.RuleVersion> v = Policy.versionOn(store.versions(p.id()), today);
            if (v.isEmpty()) {
                continue;
            }
            out.add(card(p, p.effective(v.get().rule()), facts, today));
        }
        return out;
    }

    static Card card(Policy p, Rule rule, EntityFacts facts, LocalDate today) {
        RuleEvaluator.Explanation e = RuleEvaluator.explain(rule, facts, today);
        List<Line> lines = e.conditions().stream().map(c -> new Line(PolicyText.condition(c), c.result())).toList();
        String near = RuleEvaluator.nearMiss(rule, facts, today).map(n -> PolicyText.condition(n.condition())).orElse(null);
        List<String> unknown = e.unknown().stream().map(PolicyText::requirement).toList();
        return new Card(p, e.eligible(), lines, near, unknown);
    }

    @GetMapping("/enterprise/policies")
    String forYou(@AuthenticationPrincipal SignedInUser user, Model model) {
        String code = own(user);
        List<Card> cards = cards(code);
        model.addAttribute("matched", cards.stream().filter(c -> Boolean.TRUE.equals(c.eligible())).toList());
        model.addAttribute("nearMisses", cards.stream().filter(c -> c.nearMiss() != null).toList());
        model.addAttribute("unknowns", cards.stream().filter(c -> c.eligible() == null).toList());
        model.addAttribute("applications", applications.ofEntity(code));
        model.addAttribute("payouts", grants.payoutsOf(code));
        return "policy/for-you";
    }

    @GetMapping("/enterprise/policies/{id}")
    String policy(@PathVariable long id, @AuthenticationPrincipal SignedInUser user, Model model) {
        String code = own(user);
        Policy p = store.find(id).filter(x -> Policy.PUBLISHED.equals(x.status()))
                .orElseThrow(() -> new NoSuchElementException(Text.of("policy.enterprise.policyNotFound", id)));
        LocalDate today = LocalDate.now(clock);
        EntityFacts facts = matching.facts(code).orElseThrow();
        Policy.versionOn(store.versions(id), today)
                .ifPresent(v -> model.addAttribute("card", card(p, p.effective(v.rule()), facts, today)));
        model.addAttribute("policy", p);
        model.addAttribute("prefilled", PolicyText.facts(facts, today));
        model.addAttribute("submission", applications.find(id, code).orElse(null));
        model.addAttribute("inPendingBatch", p.mode() == GrantMode.AUTO_GRANT && grants.inPendingBatch(id, code));
        model.addAttribute("payout", grants.payoutsOf(code).stream().filter(x -> x.policyId() == id).findFirst().orElse(null));
        return "policy/enterprise-policy";
    }

    @PostMapping("/enterprise/policies/{id}/applications")
    String apply(@PathVariable long id, @RequestParam(defaultValue = "") String statement,
                 MultipartHttpServletRequest request, @AuthenticationPrincipal SignedInUser user, Model model,
                 RedirectAttributes redirect) throws IOException {
        String code = own(user);
        Policy p = store.find(id).orElseThrow(() -> new NoSuchElementException(Text.of("policy.enterprise.policyNotFound", id)));
        List<Applications.Material> materials = new ArrayList<>();
        for (int i = 0; i < p.materials().size(); i++) {
            var file = request.getFile("material" + i);
            if (file != null && !file.isEmpty()) {
                materials.add(new Applications.Material(p.materials().get(i), file.getOriginalFilename(), file.getBytes()));
            }
        }
        try {
            Applications.Application a = applications.apply(id, code, user.displayName(), statement, materials);
            redirect.addFlashAttribute("flash", "GRANTED".equals(a.status())
                    ? Text.of("policy.enterprise.flash.instantGranted", a.amount().stripTrailingZeros().toPlainString())
                    : Text.of("policy.enterprise.flash.applied", a.dueOn()));
            return "redirect:/enterprise/policies/" + id;
        } catch (DomainViolation e) {
            FormErrors.show(model, FormErrors.of(e));
            return policy(id, user, model);
        }
    }

    private static String own(SignedInUser user) {
        if (user.creditCode() == null) {
            throw new NoSuchElementException(Text.of("policy.enterprise.accountUnbound"));
        }
        return user.creditCode();
    }
}
