package cn.yingshang.arrears.internal;

import cn.yingshang.platform.DepartmentId;
import cn.yingshang.platform.FormErrors;
import cn.yingshang.platform.ListPage;
import cn.yingshang.platform.Departments;
import cn.yingshang.platform.Role;
import cn.yingshang.platform.SignedInUser;
import cn.yingshang.shared.DomainViolation;
import jakarta.servlet.http.HttpServletRequest;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.NoSuchElementException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Component;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;

/**
 * What the enterprise and workbench pages share: the claim list, the claim form with its choices (shown again with
 * every error when input is refused), scope and the detail view. The two portals differ only in scope, addresses
 * and whether the payee is asked for.
 */
@Component
class ClaimPages {

    record Option(String name, String label) {
    }

    private static final String FORM = "arrears/form";

    private final Claims claims;
    private final PayerRegister payers;
    private final ArrearsLedger ledger;
    private final Departments departments;

    ClaimPages(Claims claims, PayerRegister payers, ArrearsLedger ledger, Departments departments) {
        this.claims = claims;
        this.payers = payers;
        this.ledger = ledger;
        this.departments = departments;
    }

    /** The list of claims in the user's scope, paged, searched and filtered by status. */
    String list(Claims.Scope scope, String status, String q, ListPage page, Model model, String view) {
        var found = claims.page(scope, status, q, page);
        model.addAttribute("claimPage", found);
        model.addAttribute("claims", found.rows());
        model.addAttribute("q", q);
        model.addAttribute("status", status);
        model.addAttribute("statuses", statuses());
        model.addAttribute("today", ledger.today());
        return view;
    }

    /** The claim form posting to {@code action}; the enterprise reports its own claims, so only staff name a payee. */
    String form(Model model, ClaimForm form, String action, boolean askPayee) {
        formChoices(model);
        model.addAttribute("form", form);
        model.addAttribute("action", action);
        model.addAttribute("askPayee", askPayee);
        return FORM;
    }

    /** Input that did not bind ("abc" as an amount or a date): the form again as typed, the fields marked, not a 400 page. */
    String unreadable(Model model, BindingResult binding, HttpServletRequest request, String action, boolean askPayee) {
        FormErrors.show(model, FormErrors.of(binding));
        String[] practices = request.getParameterValues("practices");
        return form(model, ClaimForm.asTyped(request::getParameter, practices == null ? List.of() : List.of(practices)),
                action, askPayee);
    }

    /** A claim the ledger refused: the form again with every violation, the input kept as the model's "form". */
    String refused(Model model, DomainViolation e, String action, boolean askPayee) {
        FormErrors.show(model, FormErrors.of(e));
        formChoices(model);
        model.addAttribute("action", action);
        model.addAttribute("askPayee", askPayee);
        return FORM;
    }

    void formChoices(Model model) {
        model.addAttribute("payers", payers.all());
        model.addAttribute("bases", SettlementBasis.values());
        model.addAttribute("methods", PaymentMethod.values());
        model.addAttribute("reportable", Violation.reportable());
    }

    /** Office, admin and supervisors see the whole ledger; department staff their department's claims. */
    Claims.Scope scopeOf(SignedInUser user) {
        if (user.role() == Role.ENTERPRISE) {
            return Claims.Scope.enterprise(user.creditCode());
        }
        if (user.can("arrears:manage") || user.role() == Role.SUPERVISOR || user.departmentId() == null) {
            return Claims.Scope.ALL;
        }
        return Claims.Scope.department(user.departmentId().value());
    }

    Claim visible(long id, SignedInUser user) {
        Claim claim = ledger.require(id);
        Claims.Scope scope = scopeOf(user);
        boolean ok = scope.payeeCreditCode() != null ? scope.payeeCreditCode().equals(claim.payeeCreditCode())
                : scope.departmentId() == null || scope.departmentId().equals(claim.supervisingDepartmentId())
                  || scope.departmentId().equals(claim.registeringDepartmentId());
        if (!ok) {
            throw new AccessDeniedException(ArrearsText.text("arrears.denied.view"));
        }
        return claim;
    }

    ClaimView view(Claim claim, SignedInUser user) {
        LocalDate today = ledger.today();
        return new ClaimView(claim, today, claim.interestOn(today), claim.daysOverdue(today), claim.isOverdueOn(today),
                claim.confirmationLate(today), claims.supervisions(claim.id()),
                user.role() != Role.ENTERPRISE && ArrearsLedger.canVerify(claim, user));
    }

    String departmentName(Long id) {
        if (id == null) {
            return "";
        }
        return departments.byId(DepartmentId.of(id)).map(d -> d.name()).orElse("");
    }

    List<Option> statuses() {
        return Arrays.stream(ClaimStatus.values()).map(s -> new Option(s.name(), s.label())).toList();
    }

    static NoSuchElementException notFound(long id) {
        return new NoSuchElementException(ArrearsText.text("arrears.notFound", id));
    }
}
