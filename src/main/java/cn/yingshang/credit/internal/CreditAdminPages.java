package cn.yingshang.credit.internal;

import cn.yingshang.platform.Text;
import cn.yingshang.credit.GovernmentDishonestyKind;
import cn.yingshang.credit.NewGovernmentIntegrityRecord;
import cn.yingshang.credit.Severity;
import cn.yingshang.platform.FormErrors;
import cn.yingshang.platform.Portal;
import cn.yingshang.shared.DomainViolation;
import cn.yingshang.shared.RegionCode;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** Rules as data (scorecard, publicity periods, time limits) and government integrity records. */
@Controller
class CreditAdminPages {

    private final CreditConfiguration configuration;
    private final RiskClassification classification;
    private final BulkClassification bulk;
    private final ChangingCreditRules changing;
    private final GovernmentIntegrity government;
    private final Clock clock;

    CreditAdminPages(ChangingCreditRules changing, CreditConfiguration configuration, RiskClassification classification, BulkClassification bulk,
                     GovernmentIntegrity government, Clock clock) {
        this.configuration = configuration;
        this.classification = classification;
        this.bulk = bulk;
        this.changing = changing;
        this.government = government;
        this.clock = clock;
    }

    @GetMapping("/workbench/credit/rules")
    @PreAuthorize("hasAuthority('credit:configure')")
    String rules(Model model) {
        model.addAttribute("portal", Portal.WORKBENCH);
        model.addAttribute("scorecard", configuration.scorecard());
        model.addAttribute("periods", configuration.publicityPeriods());
        model.addAttribute("severities", Severity.values());
        model.addAttribute("settings", configuration.settings());
        model.addAttribute("rules", configuration.dishonestyRules());
        model.addAttribute("distribution", classification.distribution());
        return "credit/rules";
    }

    @PostMapping("/workbench/credit/rules/scorecard")
    @PreAuthorize("hasAuthority('credit:configure')")
    String changeScorecard(@RequestParam Map<String, String> params, Model model, RedirectAttributes redirect) {
        try {
            List<Scorecard.Indicator> indicators = new ArrayList<>();
            for (Scorecard.Indicator i : configuration.scorecard().indicators()) {
                indicators.add(new Scorecard.Indicator(i.code(), i.label(), integer(params, "weight-" + i.code()),
                        integer(params, "cap-" + i.code())));
            }
            var result = changing.changeScorecard(indicators, new Scorecard.Thresholds(integer(params, "aMax"), integer(params, "cMin"),
                    integer(params, "dMin")));
            redirect.addFlashAttribute("flash", Text.of("credit.admin.flash.scorecardSaved", result.entities(), result.changed()));
        } catch (DomainViolation e) {
            FormErrors.show(model, FormErrors.of(e));
            return rules(model);
        }
        return "redirect:/workbench/credit/rules";
    }

    @PostMapping("/workbench/credit/rules/periods")
    @PreAuthorize("hasAuthority('credit:configure')")
    String changePeriods(@RequestParam Map<String, String> params, Model model, RedirectAttributes redirect) {
        try {
            Map<Severity, PublicityPeriods.Period> periods = new EnumMap<>(Severity.class);
            for (Severity s : Severity.values()) {
                periods.put(s, new PublicityPeriods.Period(integer(params, "shortest-" + s.name()), integer(params, "longest-" + s.name())));
            }
            Map<String, Integer> settings = new java.util.HashMap<>();
            for (var setting : configuration.settings()) {
                settings.put(setting.key(), integer(params, setting.key()));
            }
            changing.changePeriods(periods, settings);
        } catch (DomainViolation e) {
            FormErrors.show(model, FormErrors.of(e));
            return rules(model);
        }
        redirect.addFlashAttribute("flash", Text.of("credit.admin.flash.periodsSaved"));
        return "redirect:/workbench/credit/rules";
    }

    private static int integer(Map<String, String> params, String key) {
        try {
            return Integer.parseInt(params.getOrDefault(key, "").strip());
        } catch (NumberFormatException e) {
            throw DomainViolation.of(key, "credit.creditAdminPages.violation");
        }
    }

    @GetMapping({"/workbench/credit/government", "/cockpit/credit/government"})
    @PreAuthorize("hasAuthority('credit:government')")
    String government(@org.springframework.web.bind.annotation.RequestParam(defaultValue = "") String q,
                      cn.yingshang.platform.ListPage page, Model model, jakarta.servlet.http.HttpServletRequest request) {
        model.addAttribute("portal", request.getRequestURI().startsWith("/cockpit") ? Portal.COCKPIT : Portal.WORKBENCH);
        var found = government.unresolved(q, page);
        model.addAttribute("recordPage", found);
        model.addAttribute("records", found.rows());
        model.addAttribute("q", q);
        model.addAttribute("listAction", request.getRequestURI());
        model.addAttribute("kinds", GovernmentDishonestyKind.values());
        model.addAttribute("distribution", classification.distribution());
        return "credit/government";
    }

    record GovernmentForm(String bodyName, String region, GovernmentDishonestyKind kind, String basis, String summary,
                          BigDecimal amount, LocalDate occurredOn) {
    }

    @PostMapping("/workbench/credit/government")
    @PreAuthorize("hasAuthority('credit:government')")
    String recordGovernment(@org.springframework.web.bind.annotation.ModelAttribute GovernmentForm form, Model model,
                            jakarta.servlet.http.HttpServletRequest request, RedirectAttributes redirect) {
        try {
            RegionCode region;
            try {
                region = RegionCode.of(form.region() == null ? "" : form.region().strip());
            } catch (DomainViolation e) {
                throw new DomainViolation("region", e.getMessage());
            }
            government.record(new NewGovernmentIntegrityRecord(form.bodyName(), null, region, form.kind(), "workbench",
                    UUID.randomUUID().toString(), form.basis(), form.summary(), form.amount(), form.occurredOn()));
        } catch (DomainViolation e) {
            FormErrors.show(model, FormErrors.of(e));
            return government("", cn.yingshang.platform.ListPage.first(), model, request);
        }
        redirect.addFlashAttribute("flash", Text.of("credit.admin.flash.integrityRecorded"));
        return "redirect:/workbench/credit/government";
    }

    @PostMapping("/workbench/credit/government/{id}/resolution")
    @PreAuthorize("hasAuthority('credit:government')")
    String resolve(@org.springframework.web.bind.annotation.PathVariable long id, RedirectAttributes redirect) {
        government.resolveById(id, LocalDate.now(clock));
        redirect.addFlashAttribute("flash", Text.of("credit.admin.flash.integrityResolved"));
        return "redirect:/workbench/credit/government";
    }
}
