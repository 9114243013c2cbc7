package cn.yingshang.inspection.internal;

import cn.yingshang.platform.Text;
import cn.yingshang.platform.Departments;
import cn.yingshang.platform.FormErrors;
import cn.yingshang.platform.Portal;
import cn.yingshang.platform.Role;
import cn.yingshang.platform.SignedInUser;
import cn.yingshang.registry.EntityKind;
import cn.yingshang.shared.DomainViolation;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
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

/** Workbench pages: item catalogue, inspector pool, settings. */
@Controller("inspectionCataloguePages")
class CataloguePages {

    private final Catalogue catalogue;
    private final InspectorPool inspectors;
    private final InspectionSettings settings;
    private final Departments departments;

    CataloguePages(Catalogue catalogue, InspectorPool inspectors, InspectionSettings settings, Departments departments) {
        this.catalogue = catalogue;
        this.inspectors = inspectors;
        this.settings = settings;
        this.departments = departments;
    }

    @ModelAttribute
    void common(Model model) {
        model.addAttribute("portal", Portal.WORKBENCH);
        model.addAttribute("departmentNames", departmentNames(departments));
    }

    static Map<Long, String> departmentNames(Departments departments) {
        return departments.all().stream().collect(Collectors.toMap(d -> d.id().value(), d -> d.name()));
    }

    @GetMapping("/workbench/inspections/items")
    @PreAuthorize("hasAuthority('inspection:read')")
    String items(@AuthenticationPrincipal SignedInUser user, Model model) {
        if (!model.containsAttribute("form")) {
            model.addAttribute("form", Forms.ItemForm.empty());
        }
        model.addAttribute("items", catalogue.all());
        model.addAttribute("kinds", EntityKind.values());
        model.addAttribute("departmentOptions", departments.all().stream()
                .filter(d -> user.role() == Role.OFFICE || user.role() == Role.ADMIN
                        || (user.departmentId() != null && d.id().equals(user.departmentId())))
                .map(Forms.DepartmentOption::of).toList());
        return "inspection/items";
    }

    @PostMapping("/workbench/inspections/items")
    @PreAuthorize("hasAuthority('inspection:catalogue')")
    String register(@ModelAttribute("form") Forms.ItemForm form, @AuthenticationPrincipal SignedInUser user, Model model,
                    RedirectAttributes redirect) {
        try {
            long department = form.departmentId() != null ? form.departmentId()
                    : user.departmentId() == null ? -1 : user.departmentId().value();
            List<EntityKind> kinds = form.scopeKinds() == null ? List.of() : form.scopeKinds().stream().map(EntityKind::valueOf).toList();
            catalogue.register(new Catalogue.NewItem(department, form.name(), form.basis(), form.method(),
                    new ItemScope(form.scopeRegion(), form.scopeIndustry(), java.util.Set.copyOf(kinds)), form.keySupervision()), user);
            redirect.addFlashAttribute("flash", Text.of("inspection.catalogue.flash.registered", form.name()));
            return "redirect:/workbench/inspections/items";
        } catch (DomainViolation e) {
            FormErrors.show(model, FormErrors.of(e));
            return items(user, model);
        }
    }

    @PostMapping("/workbench/inspections/items/{id}/publish")
    @PreAuthorize("hasAuthority('inspection:catalogue')")
    String publish(@PathVariable long id, @AuthenticationPrincipal SignedInUser user, RedirectAttributes redirect) {
        catalogue.publish(id, user);
        redirect.addFlashAttribute("flash", Text.of("inspection.catalogue.flash.published"));
        return "redirect:/workbench/inspections/items";
    }

    @PostMapping("/workbench/inspections/items/{id}/withdraw")
    @PreAuthorize("hasAuthority('inspection:catalogue')")
    String withdraw(@PathVariable long id, @AuthenticationPrincipal SignedInUser user, RedirectAttributes redirect) {
        catalogue.withdraw(id, user);
        redirect.addFlashAttribute("flash", Text.of("inspection.catalogue.flash.withdrawn"));
        return "redirect:/workbench/inspections/items";
    }

    @GetMapping("/workbench/inspections/inspectors")
    @PreAuthorize("hasAuthority('inspection:read')")
    String inspectors(Model model) {
        model.addAttribute("inspectors", inspectors.all());
        model.addAttribute("recusals", inspectors.recusals());
        return "inspection/inspectors";
    }

    @PostMapping("/workbench/inspections/inspectors")
    @PreAuthorize("hasAuthority('inspection:catalogue')")
    String registerInspector(@RequestParam String username, @RequestParam String certificateNo,
                             @AuthenticationPrincipal SignedInUser user, Model model, RedirectAttributes redirect) {
        try {
            inspectors.register(username, certificateNo, user);
            redirect.addFlashAttribute("flash", Text.of("inspection.catalogue.flash.inspectorAdded", username));
            return "redirect:/workbench/inspections/inspectors";
        } catch (DomainViolation e) {
            FormErrors.show(model, FormErrors.of(e));
            return inspectors(model);
        }
    }

    @PostMapping("/workbench/inspections/recusals")
    @PreAuthorize("hasAuthority('inspection:catalogue')")
    String recuse(@RequestParam String certificateNo, @RequestParam String creditCode, @RequestParam String reason,
                  @AuthenticationPrincipal SignedInUser user, Model model, RedirectAttributes redirect) {
        try {
            inspectors.recuse(certificateNo, creditCode, reason, user);
            redirect.addFlashAttribute("flash", Text.of("inspection.catalogue.flash.conflictAdded"));
            return "redirect:/workbench/inspections/inspectors";
        } catch (DomainViolation e) {
            FormErrors.show(model, Map.of(e.field() == null || e.field().equals("value") ? "creditCode" : e.field(), e.getMessage()));
            return inspectors(model);
        }
    }

    @GetMapping("/workbench/inspections/settings")
    @PreAuthorize("hasAuthority('inspection:settings')")
    String settings(Model model) {
        model.addAttribute("settings", settings.current());
        return "inspection/settings";
    }

    @PostMapping("/workbench/inspections/settings")
    @PreAuthorize("hasAuthority('inspection:settings')")
    String changeSettings(@ModelAttribute Forms.SettingsForm form, Model model, RedirectAttributes redirect) {
        try {
            settings.change(new InspectionSettings.Settings(new DrawAlgorithm.Ratios(orZero(form.ratioA()), orZero(form.ratioB()),
                    orZero(form.ratioC()), orZero(form.ratioD())), form.exclusionDays(), form.publicationWorkingDays()));
            redirect.addFlashAttribute("flash", Text.of("inspection.catalogue.flash.settingsSaved"));
            return "redirect:/workbench/inspections/settings";
        } catch (DomainViolation e) {
            FormErrors.show(model, FormErrors.of(e));
            return settings(model);
        }
    }

    private static BigDecimal orZero(BigDecimal v) {
        return v == null ? BigDecimal.ZERO : v;
    }
}
