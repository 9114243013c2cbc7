package cn.yingshang.policy.internal;

import cn.yingshang.platform.Text;
import cn.yingshang.platform.Departments;
import cn.yingshang.platform.FormErrors;
import cn.yingshang.platform.Portal;
import cn.yingshang.platform.SignedInUser;
import cn.yingshang.policy.internal.Policy.AmountRule;
import cn.yingshang.policy.internal.Policy.BenefitType;
import cn.yingshang.policy.internal.Policy.GrantMode;
import cn.yingshang.shared.DomainViolation;
import cn.yingshang.shared.Regions;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
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

/** The policy officer's pages of the government workbench. */
@Controller
class PolicyPages {

    private final PolicyStore store;
    private final PolicyPublishing publishing;
    private final Grants grants;
    private final Applications applications;
    private final PayoutObjections objections;
    private final Departments departments;
    private final PolicyAccess access;
    private final Clock clock;

    PolicyPages(PolicyStore store, PolicyPublishing publishing, Grants grants, Applications applications,
                PayoutObjections objections,
                Departments departments, PolicyAccess access, Clock clock) {
        this.store = store;
        this.publishing = publishing;
        this.grants = grants;
        this.applications = applications;
        this.objections = objections;
        this.departments = departments;
        this.access = access;
        this.clock = clock;
    }

    record Option(String name, String label) {
    }

    @ModelAttribute
    void common(Model model) {
        model.addAttribute("portal", Portal.WORKBENCH);
        model.addAttribute("attributes", Arrays.stream(Attribute.values()).filter(Attribute::isCondition)
                .map(a -> new Option(a.key(), a.label())).toList());
        model.addAttribute("sizes", cn.yingshang.shared.EnterpriseSize.values());
        model.addAttribute("ops", Arrays.stream(Op.values()).map(o -> new Option(o.key(), o.label())).toList());
        model.addAttribute("modes", GrantMode.values());
        model.addAttribute("benefitTypes", BenefitType.values());
        model.addAttribute("scopes", java.util.stream.Stream.concat(java.util.stream.Stream.of(Regions.XINJIANG),
                Regions.prefectures().stream()).map(r -> new Option(r.code(), r.name())).toList());
        model.addAttribute("groups", List.of(0, 1));
        model.addAttribute("rows", List.of(0, 1, 2, 3, 4));
    }

    record Row(Policy policy, long matches, int pendingItems) {
    }

    @GetMapping("/workbench/policies")
    @PreAuthorize("hasAuthority('policy:read')")
    String list(@AuthenticationPrincipal SignedInUser user, Model model) {
        model.addAttribute("policies", store.all().stream().filter(p -> access.mayRead(user, p)).map(p -> new Row(p, store.matchCount(p.id()),
                grants.batches(p.id()).stream().filter(b -> "PENDING".equals(b.status())).mapToInt(Grants.Batch::items).sum()))
                .toList());
        return "policy/list";
    }

    @GetMapping("/workbench/policies/new")
    @PreAuthorize("hasAuthority('policy:publish')")
    String newForm(@AuthenticationPrincipal SignedInUser user, Model model) {
        Map<String, String> form = new HashMap<>();
        form.put("regionScope", "650100");
        form.put("mode", "AUTO_GRANT");
        form.put("benefitType", "SUBSIDY");
        form.put("amountKind", "FIXED");
        form.put("decisionDays", "10");
        form.put("validFrom", LocalDate.now(clock).toString());
        form.put("g0.join", "all");
        if (user.departmentId() != null) {
            departments.byId(user.departmentId()).ifPresent(d -> form.put("issuingDepartment", d.name()));
        }
        model.addAttribute("form", form);
        return "policy/form";
    }

    @PostMapping("/workbench/policies")
    @PreAuthorize("hasAuthority('policy:publish')")
    String submit(@RequestParam Map<String, String> form, @RequestParam(defaultValue = "preview") String action,
                  @AuthenticationPrincipal SignedInUser user, Model model, RedirectAttributes redirect) {
        model.addAttribute("form", form);
        try {
            Policy draft = draft(form, user);
            Rule rule = RuleForm.read(form);
            if ("publish".equals(action)) {
                long id = publishing.publish(draft, rule, user.username());
                redirect.addFlashAttribute("flash", Text.of("policy.pages.flash.published", draft.title(), store.matchCount(id)));
                return "redirect:/workbench/policies/" + id;
            }
            PolicyPublishing.validate(draft);
            model.addAttribute("preview", publishing.preview(draft.regionScope(), rule, draft.mode(), draft.validFrom(), null));
        } catch (DomainViolation e) {
            FormErrors.show(model, FormErrors.of(e));
        }
        return "policy/form";
    }

    @GetMapping("/workbench/policies/{id}")
    @PreAuthorize("hasAuthority('policy:read')")
    String detail(@PathVariable long id, @AuthenticationPrincipal SignedInUser user,
                  @org.springframework.web.bind.annotation.RequestParam(defaultValue = "") String q,
                  cn.yingshang.platform.ListPage page, Model model) {
        Policy policy = policy(id);
        access.requireRead(user, policy);
        model.addAttribute("policy", policy);
        model.addAttribute("mayApprove", access.mayApprove(user, policy));
        model.addAttribute("mayPublishVersion", access.mayPublishVersion(user, policy));
        model.addAttribute("versions", store.versions(id).stream()
                .map(v -> Map.of("version", v.version(), "validFrom", v.validFrom(), "validTo", v.validTo() == null ? "—" : v.validTo(),
                        "rule", RuleDisplay.lines(v.rule()))).toList());
        model.addAttribute("matchCount", store.matchCount(id));
        model.addAttribute("changes", store.recentChanges(id, 20));
        List<Grants.Batch> batches = grants.batches(id);
        model.addAttribute("batches", batches);
        batches.stream().filter(b -> "PENDING".equals(b.status())).findFirst()
                .ifPresent(b -> model.addAttribute("pendingItems", grants.items(b.id(), q, page)));
        model.addAttribute("q", q);
        model.addAttribute("objections", objections.ofPolicy(id));
        // a policy is granted either without application (batches above) or on application: one list pages here
        if (policy.mode() != GrantMode.AUTO_GRANT) {
            model.addAttribute("applications", applications.ofPolicy(id, q, page));
        }
        return "policy/detail";
    }

    @PostMapping("/workbench/policies/{id}/batches/{batchId}/approval")
    @PreAuthorize("hasAuthority('policy:approve')")
    String approve(@PathVariable long id, @PathVariable long batchId, @AuthenticationPrincipal SignedInUser user,
                   RedirectAttributes redirect) {
        Policy policy = policy(id);
        access.requireApprove(user, policy);
        Grants.Batch batch = grants.approve(batchId, policy, user.username());
        redirect.addFlashAttribute("flash", Text.of("policy.pages.flash.batchApproved", batch.items(), batch.objectionUntil()));
        return "redirect:/workbench/policies/" + id;
    }

    @GetMapping("/workbench/policies/{id}/versions/new")
    @PreAuthorize("hasAuthority('policy:publish')")
    String newVersion(@PathVariable long id, @AuthenticationPrincipal SignedInUser user, Model model) {
        Policy policy = policy(id);
        access.requirePublishVersion(user, policy);
        List<Policy.RuleVersion> versions = store.versions(id);
        Map<String, String> form = new HashMap<>(RuleForm.write(versions.get(versions.size() - 1).rule()));
        form.put("validFrom", LocalDate.now(clock).plusDays(1).toString());
        model.addAttribute("policy", policy);
        model.addAttribute("form", form);
        return "policy/version";
    }

    @PostMapping("/workbench/policies/{id}/versions")
    @PreAuthorize("hasAuthority('policy:publish')")
    String submitVersion(@PathVariable long id, @RequestParam Map<String, String> form,
                         @RequestParam(defaultValue = "preview") String action, @AuthenticationPrincipal SignedInUser user,
                         Model model, RedirectAttributes redirect) {
        Policy policy = policy(id);
        access.requirePublishVersion(user, policy);
        model.addAttribute("policy", policy);
        model.addAttribute("form", form);
        try {
            Rule rule = RuleForm.read(form);
            LocalDate from = date(form, "validFrom", true);
            if ("publish".equals(action)) {
                int version = publishing.publishVersion(id, rule, from, user.username());
                redirect.addFlashAttribute("flash", Text.of("policy.pages.flash.ruleRevised", version, from));
                return "redirect:/workbench/policies/" + id;
            }
            List<Policy.RuleVersion> versions = store.versions(id);
            model.addAttribute("preview", publishing.preview(policy.regionScope(), rule, policy.mode(), from,
                    versions.get(versions.size() - 1).rule()));
        } catch (DomainViolation e) {
            FormErrors.show(model, FormErrors.of(e));
        }
        return "policy/version";
    }

    @GetMapping("/workbench/policies/applications/{id}")
    @PreAuthorize("hasAuthority('policy:decide')")
    String application(@PathVariable long id, @AuthenticationPrincipal SignedInUser user, Model model) {
        Applications.Application a = applications.byId(id).orElseThrow(() -> new NoSuchElementException(Text.of("policy.pages.applicationNotFound")));
        Policy policy = policy(a.policyId());
        access.requireDecide(user, policy);
        model.addAttribute("submission", a);
        model.addAttribute("policy", policy);
        model.addAttribute("materials", applications.materials(id));
        return "policy/application";
    }

    @PostMapping("/workbench/policies/applications/{id}/decision")
    @PreAuthorize("hasAuthority('policy:decide')")
    String decide(@PathVariable long id, @RequestParam String decision, @RequestParam(defaultValue = "") String reason,
                  @AuthenticationPrincipal SignedInUser user, RedirectAttributes redirect, Model model) {
        Applications.Application submitted = applications.byId(id).orElseThrow(() -> new NoSuchElementException(Text.of("policy.pages.applicationNotFound")));
        access.requireDecide(user, policy(submitted.policyId()));
        try {
            Applications.Application a = applications.decide(id, "GRANT".equals(decision), reason, user.username());
            redirect.addFlashAttribute("flash", Text.of("policy.pages.flash.decided", a.statusLabel()));
            return "redirect:/workbench/policies/" + a.policyId();
        } catch (DomainViolation e) {
            FormErrors.show(model, FormErrors.of(e));
            return application(id, user, model);
        }
    }

    private Policy policy(long id) {
        return store.find(id).orElseThrow(() -> new NoSuchElementException(Text.of("policy.pages.policyNotFound", id)));
    }

    private Policy draft(Map<String, String> f, SignedInUser user) {
        String amountKind = "PERCENT".equals(f.get("amountKind")) ? AmountRule.PERCENT : AmountRule.FIXED;
        AmountRule amount = new AmountRule(amountKind, decimal(f, "amountFixed"), blankToNull(f.get("amountAttribute")),
                decimal(f, "amountPercent"), decimal(f, "amountCap"));
        GrantMode mode = enumOf(GrantMode.class, f.get("mode"), "mode", Text.of("policy.pages.modeRequired"));
        BenefitType type = enumOf(BenefitType.class, f.get("benefitType"), "benefitType", Text.of("policy.pages.kindRequired"));
        String scope = f.getOrDefault("regionScope", "");
        if (Regions.find(scope).isEmpty()) {
            throw DomainViolation.of("regionScope", "policy.policyPages.regionScope");
        }
        int days;
        try {
            days = Integer.parseInt(f.getOrDefault("decisionDays", "").strip());
        } catch (NumberFormatException e) {
            throw DomainViolation.of("decisionDays", "policy.policyPages.decisionDays");
        }
        List<String> materials = Arrays.stream(f.getOrDefault("materials", "").split("\\R")).map(String::strip)
                .filter(s -> !s.isEmpty()).toList();
        return new Policy(0, strip(f.get("title")), strip(f.get("issuingDepartment")),
                user.departmentId() == null ? null : user.departmentId().value(), strip(f.get("documentNumber")),
                strip(f.get("legalBasis")), scope, type, amount, mode, date(f, "validFrom", true), date(f, "validTo", false),
                days, materials, Policy.DRAFT);
    }

    private static String strip(String s) {
        return s == null ? null : s.strip();
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }

    private static BigDecimal decimal(Map<String, String> f, String field) {
        String v = f.get(field);
        if (v == null || v.isBlank()) {
            return null;
        }
        try {
            return new BigDecimal(v.strip());
        } catch (NumberFormatException e) {
            throw DomainViolation.of(field, "policy.policyPages.violation");
        }
    }

    private static LocalDate date(Map<String, String> f, String field, boolean required) {
        String v = f.get(field);
        if (v == null || v.isBlank()) {
            if (required) {
                throw DomainViolation.of(field, "policy.policyPages.violation2");
            }
            return null;
        }
        try {
            return LocalDate.parse(v.strip());
        } catch (DateTimeParseException e) {
            throw DomainViolation.of(field, "policy.policyPages.violation3");
        }
    }

    private static <E extends Enum<E>> E enumOf(Class<E> type, String v, String field, String message) {
        try {
            return Enum.valueOf(type, v == null ? "" : v);
        } catch (IllegalArgumentException e) {
            throw new DomainViolation(field, message);
        }
    }
}
