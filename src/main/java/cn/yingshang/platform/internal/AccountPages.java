package cn.yingshang.platform.internal;

import cn.yingshang.platform.AuditLog;
import cn.yingshang.platform.FormErrors;
import cn.yingshang.platform.SignedInUser;
import cn.yingshang.shared.DomainViolation;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.springframework.context.MessageSource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.authentication.WebAuthenticationDetails;
import org.springframework.security.web.context.SecurityContextRepository;
import org.springframework.stereotype.Controller;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The signed-in person's own account: the second sign-in step (TOTP code), enrolling an
 * authenticator app, and changing the password. URL rules in {@link SecurityConfiguration} let a
 * person who is part-way through signing in reach only the page of their step.
 */
@Controller
class AccountPages {

    private final SecondFactor secondFactor;
    private final SignInSteps steps;
    private final SignInGuard guard;
    private final PasswordPolicy policy;
    private final PasswordEncoder passwords;
    private final AccountSessions sessions;
    private final SecurityContextRepository contexts;
    private final JdbcClient jdbc;
    private final AuditLog audit;
    private final MessageSource messages;

    AccountPages(SecondFactor secondFactor, SignInSteps steps, SignInGuard guard, PasswordPolicy policy,
                 PasswordEncoder passwords, AccountSessions sessions, SecurityContextRepository contexts, JdbcClient jdbc,
                 AuditLog audit, MessageSource messages) {
        this.secondFactor = secondFactor;
        this.steps = steps;
        this.guard = guard;
        this.policy = policy;
        this.passwords = passwords;
        this.sessions = sessions;
        this.contexts = contexts;
        this.jdbc = jdbc;
        this.audit = audit;
        this.messages = messages;
    }

    // --- second sign-in step -------------------------------------------------------------------

    @GetMapping("/login/second-factor")
    String codeForm() {
        return "platform/second-factor";
    }

    @PostMapping("/login/second-factor")
    String code(@RequestParam(defaultValue = "") String code, HttpServletRequest request, HttpServletResponse response,
                Model model) {
        SignedInUser user = principal();
        String client = clientOf(request);
        if (guard.clientMustWait(client).isPresent()) {
            guard.refused(user.username(), client, "client-backoff");
            model.addAttribute("error", text("login.tooMany"));
            return "platform/second-factor";
        }
        if (!secondFactor.verify(user.accountId(), code)) {
            guard.secondFactorFailed(user.username(), client);
            model.addAttribute("error", text("secondFactor.wrong"));
            return "platform/second-factor";
        }
        audit.recordAll(List.of(new AuditLog.Entry(user.username(), "login.second-factor", "account", user.username(),
                null, Map.of("client", client))));
        return advance(steps.afterSecondFactor(user), request, response);
    }

    // --- enrolment -----------------------------------------------------------------------------

    @GetMapping("/account/second-factor")
    String enrolForm(Model model) {
        SignedInUser user = principal();
        if (secondFactor.enrolled(user.accountId())) {
            model.addAttribute("enrolled", true);
            return "platform/second-factor-enrol";
        }
        String secret = secondFactor.enrolmentSecret(user.accountId());
        String uri = secondFactor.uri(user.username(), secret);
        model.addAttribute("enrolled", false);
        model.addAttribute("secret", secret);
        model.addAttribute("uri", uri);
        model.addAttribute("qr", cn.yingshang.platform.QrCode.svg(uri, null));
        return "platform/second-factor-enrol";
    }

    @PostMapping("/account/second-factor")
    String enrol(@RequestParam(defaultValue = "") String code, HttpServletRequest request, HttpServletResponse response,
                 Model model, RedirectAttributes redirect) {
        SignedInUser user = principal();
        if (!secondFactor.confirmEnrolment(user.accountId(), code)) {
            model.addAttribute("error", text("secondFactor.wrong"));
            return enrolForm(model);
        }
        audit.recordAll(List.of(new AuditLog.Entry(user.username(), "account.second-factor.enrol", "account",
                user.username(), null, Map.of("client", clientOf(request)))));
        Authentication current = SecurityContextHolder.getContext().getAuthentication();
        if (SignInSteps.pendingStep(current).isPresent()) {
            return advance(steps.afterSecondFactor(user), request, response);
        }
        redirect.addFlashAttribute("flash", text("secondFactor.enrolled"));
        return "redirect:/account/second-factor";
    }

    // --- password ------------------------------------------------------------------------------

    record PasswordForm(String current, String password, String confirmation) {
    }

    @GetMapping("/account/password")
    String passwordForm(Model model) {
        model.addAttribute("required", SignInSteps.pendingStep(SecurityContextHolder.getContext().getAuthentication())
                .filter(s -> s == SignInSteps.Step.CHANGE_PASSWORD).isPresent());
        return "platform/password";
    }

    @PostMapping("/account/password")
    @Transactional
    String changePassword(PasswordForm form, HttpServletRequest request, HttpServletResponse response, Model model,
                          RedirectAttributes redirect) {
        SignedInUser user = principal();
        try {
            String hash = jdbc.sql("SELECT password_hash FROM platform_account WHERE id = :id AND enabled")
                    .param("id", user.accountId()).query(String.class).single();
            if (form.current() == null || !passwords.matches(form.current(), hash)) {
                throw new DomainViolation("current", text("password.currentWrong"));
            }
            policy.require("password", form.password());
            if (!form.password().equals(form.confirmation())) {
                throw new DomainViolation("confirmation", text("password.mismatch"));
            }
            if (form.password().equals(form.current())) {
                throw new DomainViolation("password", text("password.same"));
            }
        } catch (DomainViolation e) {
            FormErrors.show(model, FormErrors.of(e));
            return passwordForm(model);
        }
        jdbc.sql("""
                        UPDATE platform_account SET password_hash = :hash, password_change_required = FALSE,
                          password_changed_at = now() WHERE id = :id""")
                .param("hash", passwords.encode(form.password())).param("id", user.accountId()).update();
        audit.recordAll(List.of(new AuditLog.Entry(user.username(), "account.password-change", "account",
                Long.toString(user.accountId()), null, Map.of("client", clientOf(request)))));
        // other browsers that knew the old password sign in again
        sessions.end(user.username(), request.getSession().getId());
        if (SignInSteps.pendingStep(SecurityContextHolder.getContext().getAuthentication()).isPresent()) {
            return advance(SignInSteps.signedIn(user), request, response);
        }
        redirect.addFlashAttribute("flash", text("password.changed"));
        return "redirect:/account/password";
    }

    /** Puts the next state of the sign-in in the session, with a new session id, and goes where it leads. */
    private String advance(Authentication next, HttpServletRequest request, HttpServletResponse response) {
        request.changeSessionId();
        SecurityContext context = SecurityContextHolder.createEmptyContext();
        context.setAuthentication(next);
        SecurityContextHolder.setContext(context);
        contexts.saveContext(context, request, response);
        return "redirect:" + SignInSteps.pendingStep(next).map(s -> s.page).orElse("/portal");
    }

    /** The person signing in or signed in (SignedInUser.current() is empty until the last step). */
    private static SignedInUser principal() {
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        if (authentication != null && authentication.getPrincipal() instanceof SignedInUser user) {
            return user;
        }
        throw new org.springframework.security.access.AccessDeniedException("not signed in");
    }

    private static String clientOf(HttpServletRequest request) {
        return new WebAuthenticationDetails(request).getRemoteAddress();
    }

    private String text(String key) {
        return messages.getMessage(key, null, Locale.CHINA);
    }
}
