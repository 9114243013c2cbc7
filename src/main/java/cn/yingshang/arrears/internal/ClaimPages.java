package cn.yingshang.arrears.internal;

import cn.yingshang.platform.DepartmentId;
import cn.yingshang.platform.Departments;
import cn.yingshang.platform.Role;
import cn.yingshang.platform.SignedInUser;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.NoSuchElementException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Component;
import org.springframework.ui.Model;

/** What the enterprise and workbench pages share: choices for the claim form, scope and the detail view. */
@Component
class ClaimPages {

    record Option(String name, String label) {
    }

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
