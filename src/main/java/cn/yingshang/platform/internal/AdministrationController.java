package cn.yingshang.platform.internal;

import cn.yingshang.platform.Accounts;
import cn.yingshang.platform.Departments;
import cn.yingshang.platform.FormErrors;
import cn.yingshang.platform.Portal;
import cn.yingshang.platform.Role;
import cn.yingshang.shared.DomainViolation;
import java.time.OffsetDateTime;
import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** Accounts, the department tree and the audit log, for administrators. */
@Controller
class AdministrationController {

    private final Accounts accounts;
    private final Departments departments;
    private final JdbcClient jdbc;
    private final org.springframework.context.MessageSource messages;

    private final AuditText auditText;
    private final AccountCreation creation;

    AdministrationController(Accounts accounts, Departments departments, JdbcClient jdbc,
                             org.springframework.context.MessageSource messages, AuditText auditText, AccountCreation creation) {
        this.creation = creation;
        this.auditText = auditText;
        this.accounts = accounts;
        this.departments = departments;
        this.jdbc = jdbc;
        this.messages = messages;
    }

    record AccountForm(String username, String password, String displayName, String role, Long departmentId,
                       String creditCode, String phone) {
    }

    @GetMapping("/workbench/accounts")
    @PreAuthorize("hasAuthority('account:manage')")
    String accounts(Model model) {
        if (!model.containsAttribute("form")) {
            model.addAttribute("form", new AccountForm("", "", "", "HANDLER", null, "", ""));
        }
        model.addAttribute("accounts", accounts.all());
        model.addAttribute("roles", Role.values());
        model.addAttribute("departments", departments.all());
        model.addAttribute("departmentNames", departments.all().stream().collect(java.util.stream.Collectors.toMap(
                d -> d.id().value(), cn.yingshang.platform.Department::name, (a, b) -> a)));
        model.addAttribute("portal", Portal.WORKBENCH);
        return "platform/accounts";
    }

    @PostMapping("/workbench/accounts")
    @PreAuthorize("hasAuthority('account:manage')")
    String create(@ModelAttribute("form") AccountForm form, Model model, RedirectAttributes redirect) {
        try {
            creation.create(form.username(), form.password(), form.displayName(), Role.valueOf(form.role()), form.departmentId(),
                    form.creditCode(), form.phone());
        } catch (DomainViolation e) {
            FormErrors.show(model, FormErrors.of(e));
            return accounts(model);
        } catch (IllegalArgumentException e) {
            FormErrors.show(model, java.util.Map.of("role", messages.getMessage("accounts.role.required", null, java.util.Locale.CHINA)));
            return accounts(model);
        }
        redirect.addFlashAttribute("flash", messages.getMessage("accounts.created", new Object[]{form.username()}, java.util.Locale.CHINA));
        return "redirect:/workbench/accounts";
    }

    @PostMapping("/workbench/accounts/{id}/enabled")
    @PreAuthorize("hasAuthority('account:manage')")
    String enable(@PathVariable long id, @RequestParam boolean enabled, RedirectAttributes redirect) {
        try {
            accounts.setEnabled(id, enabled);
        } catch (DomainViolation e) {  // an unknown account id: say so on the list, not a 500
            redirect.addFlashAttribute("flash", e.getMessage());
            return "redirect:/workbench/accounts";
        }
        redirect.addFlashAttribute("flash", messages.getMessage(enabled ? "accounts.flash.enabled" : "accounts.flash.disabled", null, java.util.Locale.CHINA));
        return "redirect:/workbench/accounts";
    }

    @PostMapping("/workbench/accounts/{id}/password-reset")
    @PreAuthorize("hasAuthority('account:manage')")
    String resetPassword(@PathVariable long id, @RequestParam(defaultValue = "") String password, Model model,
                         RedirectAttributes redirect) {
        try {
            accounts.resetPassword(id, password);
        } catch (DomainViolation e) {
            FormErrors.show(model, FormErrors.of(e));
            return accounts(model);
        }
        String username = accounts.all().stream().filter(a -> a.id() == id).findFirst().map(Accounts.AccountView::username).orElse("");
        redirect.addFlashAttribute("flash", messages.getMessage("accounts.resetDone", new Object[]{username}, java.util.Locale.CHINA));
        return "redirect:/workbench/accounts";
    }

    @PostMapping("/workbench/accounts/{id}/role")
    @PreAuthorize("hasAuthority('account:manage')")
    String changeRole(@PathVariable long id, @RequestParam String role, Model model, RedirectAttributes redirect) {
        try {
            accounts.changeRole(id, Role.valueOf(role));
        } catch (IllegalArgumentException | org.springframework.dao.DataIntegrityViolationException e) {
            FormErrors.show(model, java.util.Map.of("role", messages.getMessage("accounts.roleInvalid", null, java.util.Locale.CHINA)));
            return accounts(model);
        }
        String username = accounts.all().stream().filter(a -> a.id() == id).findFirst().map(Accounts.AccountView::username).orElse("");
        redirect.addFlashAttribute("flash", messages.getMessage("accounts.roleChanged", new Object[]{username}, java.util.Locale.CHINA));
        return "redirect:/workbench/accounts";
    }

    @GetMapping("/workbench/departments")
    @PreAuthorize("hasAuthority('account:manage')")
    String departments(Model model) {
        model.addAttribute("departments", departments.all());
        model.addAttribute("portal", Portal.WORKBENCH);
        return "platform/departments";
    }

    record AuditEntry(OffsetDateTime occurredAt, String actor, String action, String targetType, String targetId,
                      List<AuditText.Part> before, List<AuditText.Part> after) {
    }

    @GetMapping("/workbench/audit")
    @PreAuthorize("hasAuthority('audit:read')")
    String audit(@RequestParam(defaultValue = "") String target, @RequestParam(defaultValue = "") String actor,
                 cn.yingshang.platform.ListPage page, Model model) {
        // newest first; filtered by the object's number and by who acted, a page at a time (the log only grows)
        String where = " FROM platform_audit_log WHERE (:target = '' OR target_id = :target) AND (:actor = '' OR actor = :actor)";
        long total = jdbc.sql("SELECT count(*)" + where).param("target", target.strip()).param("actor", actor.strip())
                .query(Long.class).single();
        List<AuditEntry> entries = jdbc.sql("SELECT occurred_at, actor, action, target_type, target_id, before::text, after::text"
                        + where + " ORDER BY occurred_at DESC, id DESC LIMIT :l OFFSET :o")
                .param("target", target.strip()).param("actor", actor.strip()).param("l", page.size()).param("o", page.offset())
                .query((rs, n) -> new AuditEntry(rs.getObject(1, OffsetDateTime.class), rs.getString(2),
                        auditText.action(rs.getString(3)), auditText.target(rs.getString(4)), rs.getString(5),
                        auditText.state(rs.getString(6)), auditText.state(rs.getString(7))))
                .list();
        model.addAttribute("entries", entries);
        model.addAttribute("auditPage", new cn.yingshang.platform.PageOf<>(entries, total, page));
        model.addAttribute("target", target);
        model.addAttribute("actor", actor);
        model.addAttribute("portal", Portal.WORKBENCH);
        return "platform/audit";
    }
}
