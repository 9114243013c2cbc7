package cn.yingshang.registry.internal;

import cn.yingshang.platform.Text;
import cn.yingshang.platform.TabularImports;
import org.springframework.http.ResponseEntity;

import cn.yingshang.platform.FormErrors;
import cn.yingshang.platform.NavigationItem;
import cn.yingshang.platform.NavigationItems;
import cn.yingshang.platform.Portal;
import cn.yingshang.platform.SignedInUser;
import cn.yingshang.registry.EntityKind;
import cn.yingshang.registry.EntitySearch;
import cn.yingshang.registry.EntityStatus;
import cn.yingshang.registry.MarketEntity;
import cn.yingshang.shared.CreditCode;
import cn.yingshang.shared.DomainViolation;
import cn.yingshang.shared.Ownership;
import cn.yingshang.shared.Regions;
import java.io.IOException;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.NoSuchElementException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** Registry pages of the government workbench, and the enterprise's own entity page. */
@Controller
class RegistryPages {

    private final MarketEntityStore store;
    private final EntityRegistration registration;
    private final EntityImport entityImport;
    private final Clock clock;
    private final org.springframework.context.MessageSource messages;
    private final TabularImports imports;

    RegistryPages(MarketEntityStore store, EntityRegistration registration, EntityImport entityImport, Clock clock,
                  org.springframework.context.MessageSource messages, TabularImports imports) {
        this.messages = messages;
        this.imports = imports;
        this.store = store;
        this.registration = registration;
        this.entityImport = entityImport;
        this.clock = clock;
    }

    @ModelAttribute
    void choices(Model model) {
        model.addAttribute("kinds", EntityKind.values());
        model.addAttribute("ownerships", Ownership.values());
        model.addAttribute("statuses", EntityStatus.values());
    }

    @GetMapping("/workbench/entities")
    @PreAuthorize("hasAuthority('registry:read')")
    String search(@RequestParam(defaultValue = "") String q, @RequestParam(defaultValue = "") String region,
                  @RequestParam(defaultValue = "0") int page, Model model) {
        model.addAttribute("q", q);
        model.addAttribute("region", region);
        model.addAttribute("prefectures", Regions.prefectures());
        model.addAttribute("result", store.search(new EntitySearch(q, region, null, page, 20)));
        return "registry/search";
    }

    @GetMapping("/workbench/entities/{code}")
    @PreAuthorize("hasAuthority('registry:read')")
    String detail(@PathVariable String code, Model model) {
        return showDetail(CreditCode.of(code), model);
    }

    @GetMapping("/enterprise/entity")
    String ownEntity(@AuthenticationPrincipal SignedInUser user, Model model) {
        if (user.creditCode() == null) {
            throw new NoSuchElementException(Text.of("registry.account.unbound"));
        }
        model.addAttribute("own", true);
        return showDetail(CreditCode.of(user.creditCode()), model);
    }

    private String showDetail(CreditCode code, Model model) {
        MarketEntity entity = store.find(code).orElseThrow(() -> new NoSuchElementException(Text.of("registry.entity.notFound", code.value())));
        model.addAttribute("entity", entity);
        model.addAttribute("industryName", entity.industry().name());
        model.addAttribute("abnormal", store.abnormalPeriods(code));
        model.addAttribute("taxFilings", store.taxFilings(code));
        model.addAttribute("age", entity.ageYears(LocalDate.now(clock)));
        return "registry/detail";
    }

    record Figures(Integer headcount, java.math.BigDecimal revenue, java.math.BigDecimal assets) {
    }

    @PostMapping("/enterprise/entity/figures")
    String supplyFigures(@AuthenticationPrincipal SignedInUser user, @ModelAttribute Figures figures,
                         RedirectAttributes redirect, Model model) {
        CreditCode code = CreditCode.of(user.creditCode());
        EntityAccess.requireOwnFiguresEditable(user, code);
        try {
            registration.supplyFigures(code, figures.headcount(), figures.revenue(), figures.assets());
        } catch (DomainViolation e) {
            model.addAttribute("figuresError", e.getMessage());
            model.addAttribute("own", true);
            return showDetail(code, model);
        }
        redirect.addFlashAttribute("flash", Text.of("registry.flash.figuresSupplied"));
        return "redirect:/enterprise/entity";
    }

    @GetMapping("/workbench/entities/new")
    @PreAuthorize("hasAuthority('registry:edit')")
    String newForm(Model model) {
        model.addAttribute("form", EntityForm.empty());
        model.addAttribute("editing", false);
        return "registry/form";
    }

    @PostMapping("/workbench/entities")
    @PreAuthorize("hasAuthority('registry:edit')")
    String create(@ModelAttribute("form") EntityForm form, BindingResult errors, Model model, RedirectAttributes redirect) {
        if (errors.hasErrors()) {
            FormErrors.show(model, FormErrors.of(errors));
        } else {
            try {
                MarketEntity entity = registration.register(form);
                redirect.addFlashAttribute("flash", Text.of("registry.flash.registered", entity.name()));
                return "redirect:/workbench/entities/" + entity.creditCode().value();
            } catch (DomainViolation e) {
                FormErrors.show(model, FormErrors.of(e));
            }
        }
        model.addAttribute("editing", false);
        return "registry/form";
    }

    @GetMapping("/workbench/entities/{code}/edit")
    @PreAuthorize("hasAuthority('registry:edit')")
    String editForm(@PathVariable String code, Model model) {
        MarketEntity e = store.find(CreditCode.of(code)).orElseThrow(() -> new NoSuchElementException(Text.of("registry.entity.notFound", code)));
        model.addAttribute("form", new EntityForm(e.creditCode().value(), e.name(), e.kind().name(), e.ownership().name(),
                e.region().code(), e.industry().code(), e.established(), e.registeredCapital(), e.headcount(), e.revenue(),
                e.assets(), e.status().name(), EntityLabels.join(e.qualifications()), EntityLabels.join(e.tags())));
        model.addAttribute("editing", true);
        return "registry/form";
    }

    @PostMapping("/workbench/entities/{code}")
    @PreAuthorize("hasAuthority('registry:edit')")
    String amend(@PathVariable String code, @ModelAttribute("form") EntityForm form, BindingResult errors, Model model,
                 RedirectAttributes redirect) {
        if (errors.hasErrors()) {
            FormErrors.show(model, FormErrors.of(errors));
        } else {
            try {
                registration.amend(CreditCode.of(code), form);
                redirect.addFlashAttribute("flash", Text.of("registry.flash.amended"));
                return "redirect:/workbench/entities/" + CreditCode.of(code).value();
            } catch (DomainViolation e) {
                FormErrors.show(model, FormErrors.of(e));
            }
        }
        model.addAttribute("editing", true);
        return "registry/form";
    }

    private static final TabularImports.Page IMPORT_PAGE = new TabularImports.Page("registry.import",
            "/workbench/entities/import", "/workbench/entities/import/template.csv");

    @GetMapping("/workbench/entities/import")
    @PreAuthorize("hasAuthority('registry:import')")
    String importForm(Model model) {
        return imports.page(model, IMPORT_PAGE, null);
    }

    @GetMapping("/workbench/entities/import/template.csv")
    @PreAuthorize("hasAuthority('registry:import')")
    ResponseEntity<byte[]> template() {
        return imports.template(EntityImport.LAYOUT);
    }

    @PostMapping("/workbench/entities/import")
    @PreAuthorize("hasAuthority('registry:import')")
    String importFile(@RequestParam("file") MultipartFile file, Model model) throws IOException {
        byte[] content = file.getBytes();
        return imports.page(model, IMPORT_PAGE, () -> entityImport.importFile(file.getOriginalFilename(), content));
    }

    @PostMapping("/workbench/entities/{code}/abnormal")
    @PreAuthorize("hasAuthority('registry:edit')")
    String listAbnormal(@PathVariable String code, @RequestParam(required = false) LocalDate listedOn,
                        @RequestParam(defaultValue = "") String reason, RedirectAttributes redirect) {
        return afterChange(code, redirect, "registry.flash.listedAbnormal", () -> registration.listAbnormal(CreditCode.of(code), listedOn, reason));
    }

    @PostMapping("/workbench/entities/{code}/abnormal/removal")
    @PreAuthorize("hasAuthority('registry:edit')")
    String removeAbnormal(@PathVariable String code, @RequestParam(required = false) LocalDate removedOn,
                          RedirectAttributes redirect) {
        return afterChange(code, redirect, "registry.flash.removedAbnormal",
                () -> registration.removeFromAbnormal(CreditCode.of(code), removedOn == null ? LocalDate.now(clock) : removedOn));
    }

    @PostMapping("/workbench/entities/{code}/tax-filings")
    @PreAuthorize("hasAuthority('registry:edit')")
    String recordTaxFiling(@PathVariable String code, @RequestParam(defaultValue = "0") int year,
                           @RequestParam(defaultValue = "false") boolean filed, RedirectAttributes redirect) {
        return afterChange(code, redirect, "registry.flash.taxFilingRecorded", () -> registration.recordTaxFiling(CreditCode.of(code), year, filed));
    }

    /** Runs a change and returns to the detail page with its outcome: the change, or why it was refused. */
    private String afterChange(String code, RedirectAttributes redirect, String doneKey, Runnable change) {
        try {
            change.run();
            redirect.addFlashAttribute("flash", Text.of(doneKey));
        } catch (DomainViolation e) {
            redirect.addFlashAttribute("flash", Text.of("registry.flash.notSaved", e.getMessage()));
        }
        return "redirect:/workbench/entities/" + CreditCode.of(code).value();
    }

    @GetMapping("/workbench/entities/dormant")
    @PreAuthorize("hasAuthority('registry:read')")
    String dormant(Model model) {
        model.addAttribute("candidates", store.dormantCandidates(LocalDate.now(clock), 200));
        return "registry/dormant";
    }

    @PostMapping("/workbench/entities/{code}/dormant-review")
    @PreAuthorize("hasAuthority('registry:edit')")
    String reviewDormant(@PathVariable String code, @RequestParam String decision, @RequestParam(defaultValue = "") String note,
                         @AuthenticationPrincipal SignedInUser user, RedirectAttributes redirect) {
        String d = switch (decision) {
            case "REVOKE", "KEEP" -> decision;
            default -> throw DomainViolation.of("decision", "registry.violation.decisionRequired");
        };
        registration.reviewDormant(CreditCode.of(code), user.username(), d, note);
        redirect.addFlashAttribute("flash", Text.of("registry.flash.dormantReviewed"));
        return "redirect:/workbench/entities/dormant";
    }
}
