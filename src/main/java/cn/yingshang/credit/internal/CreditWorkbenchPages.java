package cn.yingshang.credit.internal;

import cn.yingshang.platform.TabularImports;
import org.springframework.http.ResponseEntity;

import cn.yingshang.platform.Text;
import cn.yingshang.credit.CreditRecordKind;
import cn.yingshang.credit.NewCreditRecord;
import cn.yingshang.credit.Severity;
import cn.yingshang.platform.FormErrors;
import cn.yingshang.platform.Portal;
import cn.yingshang.platform.SignedInUser;
import cn.yingshang.registry.MarketEntities;
import cn.yingshang.shared.CreditCode;
import cn.yingshang.shared.DomainViolation;
import java.io.IOException;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.NoSuchElementException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** 政府工作台: records of one's department, entity credit pages, repair decisions, lists and import. */
@Controller
class CreditWorkbenchPages {

    private final CreditRecordStore records;
    private final CreditRecording recording;
    private final RecordImport recordImport;
    private final RiskClassification classification;
    private final DishonestyLists lists;
    private final CreditRepairs repairs;
    private final CreditCommitments commitments;
    private final DepartmentNames names;
    private final MarketEntities entities;
    private final Clock clock;
    private final org.springframework.context.MessageSource messages;
    private final TabularImports imports;
    private final FulfillingInGrace fulfilling;

    CreditWorkbenchPages(CreditRecordStore records, CreditRecording recording, RecordImport recordImport,
                         RiskClassification classification, DishonestyLists lists, CreditRepairs repairs,
                         CreditCommitments commitments, DepartmentNames names, MarketEntities entities, Clock clock,
                         org.springframework.context.MessageSource messages, TabularImports imports, FulfillingInGrace fulfilling) {
        this.fulfilling = fulfilling;
        this.messages = messages;
        this.imports = imports;
        this.records = records;
        this.recording = recording;
        this.recordImport = recordImport;
        this.classification = classification;
        this.lists = lists;
        this.repairs = repairs;
        this.commitments = commitments;
        this.names = names;
        this.entities = entities;
        this.clock = clock;
    }

    @ModelAttribute
    void common(Model model) {
        model.addAttribute("portal", Portal.WORKBENCH);
        model.addAttribute("kinds", CreditRecordKind.values());
        model.addAttribute("severities", Severity.values());
        model.addAttribute("names", names);
        model.addAttribute("today", LocalDate.now(clock));
    }

    @GetMapping("/workbench/credit")
    @PreAuthorize("hasAuthority('credit:read')")
    String home(@AuthenticationPrincipal SignedInUser user, @RequestParam(defaultValue = "") String q,
                cn.yingshang.platform.ListPage page, Model model) {
        String query = q.strip().toUpperCase();
        if (!query.isEmpty() && CreditCode.check(query).valid()) {
            return "redirect:/workbench/credit/entities/" + CreditCode.of(query).value();
        }
        model.addAttribute("q", q);
        if (!q.isBlank()) {
            cn.yingshang.registry.EntityPage found = entities.search(
                    new cn.yingshang.registry.EntitySearch(q.strip(), null, null, page.page() - 1, page.size()));
            model.addAttribute("matches", new cn.yingshang.platform.PageOf<>(found.items(), found.total(), page));
        }
        String dept = names.codeOf(user).orElse(null);
        LocalDate today = LocalDate.now(clock);
        model.addAttribute("department", dept == null ? null : names.nameOf(dept));
        // One page parameter per page: while a search is shown it pages the matches, and the records show their first page.
        cn.yingshang.platform.PageOf<CreditRecord> own = records.bySourceDepartment(dept, q.isBlank() ? page : cn.yingshang.platform.ListPage.first());
        model.addAttribute("records", names.views(own.rows(), today));
        model.addAttribute("recordPage", own);
        model.addAttribute("distribution", classification.distribution());
        return "credit/workbench";
    }

    @GetMapping("/workbench/credit/entities/{code}")
    @PreAuthorize("hasAuthority('credit:read')")
    String entity(@PathVariable String code, Model model) {
        String c = CreditCode.of(code).value();
        LocalDate today = LocalDate.now(clock);
        model.addAttribute("code", c);
        model.addAttribute("entity", entities.find(CreditCode.of(c)).orElse(null));
        model.addAttribute("explained", classification.explain(c, today));
        model.addAttribute("history", classification.history(c));
        model.addAttribute("records", names.views(records.ofEntity(c), today));
        model.addAttribute("entries", lists.ofEntity(c));
        model.addAttribute("applications", repairs.ofEntity(c));
        model.addAttribute("commitments", commitments.ofEntity(c));
        return "credit/entity";
    }

    record RecordForm(String creditCode, CreditRecordKind kind, String sourceRecordId, String basis, LocalDate decidedOn,
                      Severity severity, String summary) {
        static RecordForm empty() {
            return new RecordForm("", CreditRecordKind.PENALTY, "", "", null, Severity.ORDINARY, "");
        }
    }

    @GetMapping("/workbench/credit/records/new")
    @PreAuthorize("hasAuthority('credit:record')")
    String newRecord(Model model) {
        model.addAttribute("form", RecordForm.empty());
        return "credit/record-form";
    }

    @PostMapping("/workbench/credit/records")
    @PreAuthorize("hasAuthority('credit:record')")
    String createRecord(@AuthenticationPrincipal SignedInUser user, @ModelAttribute("form") RecordForm form, Model model,
                        RedirectAttributes redirect) {
        String dept = names.codeOf(user).orElse(null);
        if (dept == null) {
            FormErrors.show(model, java.util.Map.of("_form", Text.of("credit.workbench.departmentsOnly")));
            return "credit/record-form";
        }
        try {
            Severity severity = CreditRecording.POSITIVE.contains(form.kind()) ? null : form.severity();
            var outcome = recording.recordReporting(new NewCreditRecord(form.creditCode() == null ? null : form.creditCode().strip().toUpperCase(),
                    form.kind(), dept, form.sourceRecordId(), form.basis(), form.decidedOn(), severity, form.summary()));
            redirect.addFlashAttribute("flash", outcome.created() ? Text.of("credit.workbench.flash.recorded") : Text.of("credit.workbench.flash.alreadyRecorded"));
            return "redirect:/workbench/credit/entities/" + CreditCode.of(form.creditCode().strip().toUpperCase()).value();
        } catch (DomainViolation e) {
            FormErrors.show(model, FormErrors.of(e));
            return "credit/record-form";
        }
    }

    @GetMapping("/workbench/credit/repairs")
    @PreAuthorize("hasAuthority('credit:repair')")
    String repairQueue(@AuthenticationPrincipal SignedInUser user, Model model) {
        String dept = names.codeOf(user).orElse(null);
        model.addAttribute("department", dept == null ? null : names.nameOf(dept));
        model.addAttribute("applications", dept == null ? List.of() : repairs.forDepartment(dept, 100));
        return "credit/repairs";
    }

    @GetMapping("/workbench/credit/repairs/{id}")
    @PreAuthorize("hasAuthority('credit:repair')")
    String repair(@AuthenticationPrincipal SignedInUser user, @PathVariable long id, Model model) {
        RepairApplication app = repairs.find(id).orElseThrow(() -> new NoSuchElementException(Text.of("credit.workbench.repairNotFound", id)));
        if (!repairs.maySee(app, user)) {
            throw new AccessDeniedException(Text.of("credit.workbench.repairDecidingDepartmentOnly"));
        }
        CreditRecord r = records.find(app.recordId()).orElseThrow();
        model.addAttribute("app", app);
        model.addAttribute("view", RecordView.of(r, names.nameOf(r.sourceDepartmentCode()), LocalDate.now(clock)));
        model.addAttribute("entity", entities.find(CreditCode.of(app.creditCode())).orElse(null));
        return "credit/repair";
    }

    @PostMapping("/workbench/credit/repairs/{id}/approval")
    @PreAuthorize("hasAuthority('credit:repair')")
    String approve(@AuthenticationPrincipal SignedInUser user, @PathVariable long id, @RequestParam(defaultValue = "") String note,
                   RedirectAttributes redirect) {
        repairs.approve(id, user, note);
        redirect.addFlashAttribute("flash", Text.of("credit.workbench.flash.repairApproved"));
        return "redirect:/workbench/credit/repairs/" + id;
    }

    @PostMapping("/workbench/credit/repairs/{id}/refusal")
    @PreAuthorize("hasAuthority('credit:repair')")
    String refuse(@AuthenticationPrincipal SignedInUser user, @PathVariable long id, @RequestParam(defaultValue = "") String reasons,
                  Model model, RedirectAttributes redirect) {
        try {
            repairs.refuse(id, user, reasons);
        } catch (DomainViolation e) {
            FormErrors.show(model, FormErrors.of(e));
            return repair(user, id, model);
        }
        redirect.addFlashAttribute("flash", Text.of("credit.workbench.flash.repairRefused"));
        return "redirect:/workbench/credit/repairs/" + id;
    }

    @GetMapping("/workbench/credit/dishonesty")
    @PreAuthorize("hasAuthority('credit:read')")
    String dishonesty(Model model) {
        model.addAttribute("entries", lists.current(LocalDate.now(clock), 200));
        return "credit/dishonesty";
    }

    @PostMapping("/workbench/credit/dishonesty/{id}/fulfilment")
    @PreAuthorize("hasAuthority('credit:record')")
    String fulfil(@AuthenticationPrincipal SignedInUser user, @PathVariable long id, RedirectAttributes redirect) {
        String code = lists.find(id).map(DishonestyEntry::creditCode)
                .orElseThrow(() -> new NoSuchElementException(Text.of("credit.fulfilment.notFound", id)));
        try {
            fulfilling.fulfil(id, user);
            redirect.addFlashAttribute("flash", Text.of("credit.fulfilment.done"));
        } catch (DomainViolation e) {
            redirect.addFlashAttribute("flash", e.getMessage());
        }
        return "redirect:/workbench/credit/entities/" + code;
    }

    /** 004 #50: commitments made to the user's department wait here until they are published or turned down. */
    @GetMapping("/workbench/credit/commitments")
    @PreAuthorize("hasAuthority('credit:record')")
    String pendingCommitments(@AuthenticationPrincipal SignedInUser user,
                              @org.springframework.web.bind.annotation.RequestParam(defaultValue = "") String q,
                              cn.yingshang.platform.ListPage page, Model model) {
        String dept = names.codeOf(user).orElse("");
        var found = commitments.pending(dept, q, page);
        model.addAttribute("pendingPage", found);
        model.addAttribute("pending", found.rows());
        model.addAttribute("q", q);
        return "credit/commitments-pending";
    }

    @PostMapping("/workbench/credit/commitments/{id}/review")
    @PreAuthorize("hasAuthority('credit:record')")
    String reviewCommitment(@AuthenticationPrincipal SignedInUser user, @PathVariable long id,
                            @RequestParam(defaultValue = "") String decision, @RequestParam(defaultValue = "") String reason,
                            RedirectAttributes redirect) {
        String dept = names.codeOf(user).orElse("");
        try {
            if ("APPROVE".equals(decision)) {
                commitments.approve(id, dept, user.username());
                redirect.addFlashAttribute("flash", Text.of("credit.workbench.flash.commitmentApproved"));
            } else if ("REJECT".equals(decision)) {
                commitments.reject(id, dept, user.username(), reason);
                redirect.addFlashAttribute("flash", Text.of("credit.workbench.flash.commitmentReturned"));
            } else {
                throw DomainViolation.of("decision", "credit.creditWorkbenchPages.decision");
            }
        } catch (DomainViolation e) {
            redirect.addFlashAttribute("flash", e.getMessage());
        }
        return "redirect:/workbench/credit/commitments";
    }

    @PostMapping("/workbench/credit/commitments/{id}/breach")
    @PreAuthorize("hasAuthority('credit:record')")
    String breach(@AuthenticationPrincipal SignedInUser user, @PathVariable long id, @RequestParam(required = false) Severity severity,
                  @RequestParam(defaultValue = "") String finding, RedirectAttributes redirect) {
        var c = commitments.find(id).orElseThrow(() -> new NoSuchElementException(Text.of("credit.workbench.commitmentNotFound", id)));
        try {
            commitments.breach(id, names.codeOf(user).orElse(""), severity, finding);
            redirect.addFlashAttribute("flash", Text.of("credit.workbench.flash.commitmentBreached"));
        } catch (DomainViolation e) {
            redirect.addFlashAttribute("flash", e.getMessage());
        }
        return "redirect:/workbench/credit/entities/" + c.creditCode();
    }

    private static final TabularImports.Page IMPORT_PAGE = new TabularImports.Page("credit.import",
            "/workbench/credit/import", "/workbench/credit/import/template.csv");

    @GetMapping("/workbench/credit/import")
    @PreAuthorize("hasAuthority('credit:record')")
    String importForm(Model model) {
        return imports.page(model, IMPORT_PAGE, null);
    }

    @GetMapping("/workbench/credit/import/template.csv")
    @PreAuthorize("hasAuthority('credit:record')")
    ResponseEntity<byte[]> template() {
        return imports.template(RecordImport.LAYOUT);
    }

    @PostMapping("/workbench/credit/import")
    @PreAuthorize("hasAuthority('credit:record')")
    String importFile(@AuthenticationPrincipal SignedInUser user, @RequestParam("file") MultipartFile file, Model model) throws IOException {
        byte[] content = file.getBytes();
        return imports.page(model, IMPORT_PAGE, () -> recordImport.importFile(names.codeOf(user)
                .orElseThrow(() -> DomainViolation.of("file", "credit.import.departmentOnly")), file.getOriginalFilename(), content));
    }
}
