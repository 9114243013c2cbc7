package cn.yingshang.credit.internal;

import cn.yingshang.platform.Text;
import cn.yingshang.platform.FormErrors;
import cn.yingshang.platform.Portal;
import cn.yingshang.platform.SignedInUser;
import cn.yingshang.shared.DomainViolation;
import java.time.Clock;
import java.time.LocalDate;
import java.util.NoSuchElementException;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** 企业服务: the entity's own credit — records, class, list status, repair applications step by step, commitments. */
@Controller
class CreditEnterprisePages {

    private final CreditRecordStore records;
    private final RiskClassification classification;
    private final DishonestyLists lists;
    private final CreditRepairs repairs;
    private final CreditCommitments commitments;
    private final DepartmentNames names;
    private final Clock clock;

    CreditEnterprisePages(CreditRecordStore records, RiskClassification classification, DishonestyLists lists,
                          CreditRepairs repairs, CreditCommitments commitments, DepartmentNames names, Clock clock) {
        this.records = records;
        this.classification = classification;
        this.lists = lists;
        this.repairs = repairs;
        this.commitments = commitments;
        this.names = names;
        this.clock = clock;
    }

    static String ownCode(SignedInUser user) {
        if (user == null || user.creditCode() == null) {
            throw new NoSuchElementException(Text.of("credit.enterprise.accountUnbound"));
        }
        return user.creditCode();
    }

    @GetMapping("/enterprise/credit")
    String own(@AuthenticationPrincipal SignedInUser user, Model model) {
        String code = ownCode(user);
        LocalDate today = LocalDate.now(clock);
        model.addAttribute("portal", Portal.ENTERPRISE);
        model.addAttribute("today", today);
        model.addAttribute("explained", classification.explain(code, today));
        model.addAttribute("records", names.views(records.ofEntity(code), today));
        model.addAttribute("entries", lists.ofEntity(code));
        model.addAttribute("applications", repairs.ofEntity(code));
        model.addAttribute("commitments", commitments.ofEntity(code));
        model.addAttribute("names", names);
        model.addAttribute("departments", names.all());
        model.addAttribute("commitmentKinds", CommitmentKind.values());
        return "credit/enterprise";
    }

    @GetMapping("/enterprise/credit/repair")
    String repairForm(@AuthenticationPrincipal SignedInUser user, @RequestParam long record, Model model) {
        String code = ownCode(user);
        CreditRecord r = records.find(record).filter(x -> x.creditCode().equals(code))
                .orElseThrow(() -> new NoSuchElementException(Text.of("credit.enterprise.recordNotFound")));
        model.addAttribute("form", new CreditRepairs.Application(record, "",
                Text.of("credit.enterprise.repairPromise")));
        return showRepairForm(r, model);
    }

    private String showRepairForm(CreditRecord r, Model model) {
        model.addAttribute("portal", Portal.ENTERPRISE);
        model.addAttribute("view", RecordView.of(r, names.nameOf(r.sourceDepartmentCode()), LocalDate.now(clock)));
        model.addAttribute("decider", repairs.decidingDepartment(r).name());
        return "credit/repair-form";
    }

    @PostMapping("/enterprise/credit/repair")
    String apply(@AuthenticationPrincipal SignedInUser user, @ModelAttribute("form") CreditRepairs.Application form,
                 Model model, RedirectAttributes redirect) {
        String code = ownCode(user);
        try {
            RepairApplication app = repairs.apply(code, form, user.displayName());
            redirect.addFlashAttribute("flash", Text.of("credit.enterprise.flash.repairApplied", app.dueOn()));
            return "redirect:/enterprise/credit#repairs";
        } catch (DomainViolation e) {
            FormErrors.show(model, FormErrors.of(e));
            CreditRecord r = records.find(form.recordId()).filter(x -> x.creditCode().equals(code))
                    .orElseThrow(() -> new NoSuchElementException(Text.of("credit.enterprise.recordNotFound")));
            return showRepairForm(r, model);
        }
    }

    record CommitmentForm(String kind, String matter, String content, String departmentCode) {
    }

    @PostMapping("/enterprise/credit/commitments")
    String commit(@AuthenticationPrincipal SignedInUser user, @ModelAttribute CommitmentForm form, RedirectAttributes redirect) {
        String code = ownCode(user);
        try {
            CommitmentKind kind = form.kind() == null || form.kind().isBlank() ? null : CommitmentKind.valueOf(form.kind());
            commitments.make(code, kind, form.matter(), form.content(), form.departmentCode());
            redirect.addFlashAttribute("flash", Text.of("credit.enterprise.flash.commitmentSubmitted"));
        } catch (DomainViolation e) {
            redirect.addFlashAttribute("flash", e.getMessage());
        }
        return "redirect:/enterprise/credit#commitments";
    }
}
