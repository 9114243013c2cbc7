package cn.yingshang.platform.internal;

import cn.yingshang.platform.DepartmentId;
import cn.yingshang.platform.Departments;
import cn.yingshang.platform.FormErrors;
import cn.yingshang.platform.Portal;
import cn.yingshang.platform.Role;
import cn.yingshang.shared.DomainViolation;
import jakarta.servlet.http.HttpServletResponse;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.springframework.context.MessageSource;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The administrator's page for machine clients: create, rotate the secret, end the old one, revoke. */
@Controller
class ServiceAccountPages {

    record ServiceAccountForm(String name, String role, Long departmentId, List<String> scopes) {
    }

    private final ServiceAccounts serviceAccounts;
    private final ApiScopeCheck scopes;
    private final Departments departments;
    private final MessageSource messages;

    ServiceAccountPages(ServiceAccounts serviceAccounts, ApiScopeCheck scopes, Departments departments, MessageSource messages) {
        this.serviceAccounts = serviceAccounts;
        this.scopes = scopes;
        this.departments = departments;
        this.messages = messages;
    }

    @GetMapping("/workbench/service-accounts")
    @PreAuthorize("hasAuthority('account:manage')")
    String list(Model model) {
        if (!model.containsAttribute("form")) {
            model.addAttribute("form", new ServiceAccountForm("", Role.HANDLER.name(), null, List.of()));
        }
        model.addAttribute("serviceAccounts", serviceAccounts.all());
        model.addAttribute("roles", ServiceAccounts.ROLES);
        model.addAttribute("departments", departments.all());
        model.addAttribute("knownScopes", scopes.knownScopes());
        model.addAttribute("portal", Portal.WORKBENCH);
        return "platform/service-accounts";
    }

    @PostMapping("/workbench/service-accounts")
    @PreAuthorize("hasAuthority('account:manage')")
    String create(@ModelAttribute("form") ServiceAccountForm form, Model model, HttpServletResponse response) {
        try {
            Role role = ServiceAccounts.ROLES.stream().filter(r -> r.name().equals(form.role())).findFirst()
                    .orElseThrow(() -> DomainViolation.of("role", "service-account.role.invalid"));
            DepartmentId department = form.departmentId() == null ? null
                    : departments.require(DepartmentId.of(form.departmentId())).id();
            ServiceAccounts.IssuedSecret issued = serviceAccounts.create(form.name(), role, department,
                    form.scopes() == null ? Set.of() : Set.copyOf(form.scopes()), scopes.knownScopes());
            model.addAttribute("form", new ServiceAccountForm("", Role.HANDLER.name(), null, List.of()));
            return showOnce(issued, model, response);
        } catch (DomainViolation e) {
            FormErrors.show(model, FormErrors.of(e));
            return list(model);
        }
    }

    @PostMapping("/workbench/service-accounts/{id}/rotation")
    @PreAuthorize("hasAuthority('account:manage')")
    String rotate(@PathVariable long id, @RequestParam(defaultValue = "24") long graceHours, Model model,
                  HttpServletResponse response, RedirectAttributes redirect) {
        try {
            return showOnce(serviceAccounts.rotate(id, Duration.ofHours(graceHours)), model, response);
        } catch (DomainViolation e) {
            redirect.addFlashAttribute("flash", e.getMessage());
            return "redirect:/workbench/service-accounts";
        }
    }

    /**
     * The new secret is rendered in the answer to the POST itself, not passed through a redirect:
     * a flash attribute would sit in the session store, and the secret must rest nowhere but hashed.
     */
    private String showOnce(ServiceAccounts.IssuedSecret issued, Model model, HttpServletResponse response) {
        response.setHeader("Cache-Control", "no-store");
        model.addAttribute("issued", issued);
        return list(model);
    }

    @PostMapping("/workbench/service-accounts/{id}/previous-secret-retirement")
    @PreAuthorize("hasAuthority('account:manage')")
    String retirePrevious(@PathVariable long id, RedirectAttributes redirect) {
        try {
            serviceAccounts.retirePrevious(id);
            redirect.addFlashAttribute("flash", text("service-account.previous-retired"));
        } catch (DomainViolation e) {
            redirect.addFlashAttribute("flash", e.getMessage());
        }
        return "redirect:/workbench/service-accounts";
    }

    @PostMapping("/workbench/service-accounts/{id}/revocation")
    @PreAuthorize("hasAuthority('account:manage')")
    String revoke(@PathVariable long id, RedirectAttributes redirect) {
        try {
            serviceAccounts.revoke(id);
            redirect.addFlashAttribute("flash", text("service-account.revoked-now"));
        } catch (DomainViolation e) {
            redirect.addFlashAttribute("flash", e.getMessage());
        }
        return "redirect:/workbench/service-accounts";
    }

    private String text(String key) {
        return messages.getMessage(key, null, Locale.SIMPLIFIED_CHINESE);
    }
}
