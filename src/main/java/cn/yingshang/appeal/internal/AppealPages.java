package cn.yingshang.appeal.internal;

import cn.yingshang.platform.Department;
import cn.yingshang.platform.Departments;
import cn.yingshang.platform.FormErrors;
import cn.yingshang.platform.Portal;
import cn.yingshang.platform.SignedInUser;
import cn.yingshang.shared.DomainViolation;
import cn.yingshang.shared.Regions;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import static cn.yingshang.appeal.internal.AppealText.text;

/**
 * Appeal intake and lists of all four portals; the detail page and its actions are {@link AppealDetailPages}.
 */
@Controller
class AppealPages {

    record Option(String name, String label) {
    }

    private final SubmittingAppeal appeals;
    private final AppealAccess access;
    private final AppealQueries queries;
    private final Categories categories;
    private final Departments departments;
    private final org.springframework.context.MessageSource messages;

    AppealPages(SubmittingAppeal appeals, AppealAccess access, AppealQueries queries, Categories categories, Departments departments,
                org.springframework.context.MessageSource messages) {
        this.appeals = appeals;
        this.access = access;
        this.queries = queries;
        this.categories = categories;
        this.departments = departments;
        this.messages = messages;
    }

    static List<Option> typeOptions() {
        return Arrays.stream(AppealType.values()).map(t -> new Option(t.name(), t.label())).toList();
    }

    private List<Option> categoryOptions() {
        return categories.active().stream().map(c -> new Option(c.code(), c.name())).toList();
    }

    private static List<Option> regionOptions() {
        List<Option> out = new ArrayList<>();
        out.add(new Option(Regions.XINJIANG.code(), Regions.XINJIANG.name()));
        Regions.prefectures().forEach(r -> out.add(new Option(r.code(), r.name())));
        return out;
    }

    /** An intake form with its choices, filled with what was entered (or pre-filled). */
    private String intakeForm(Model model, Portal portal, Map<String, String> form, String view) {
        formChoices(model);
        model.addAttribute("portal", portal);
        model.addAttribute("form", form);
        return view;
    }

    private void formChoices(Model model) {
        model.addAttribute("types", typeOptions());
        model.addAttribute("categories", categoryOptions());
        model.addAttribute("regions", regionOptions());
        model.addAttribute("channels", Arrays.stream(Channel.values()).filter(Channel::staffEntered)
                .map(c -> new Option(c.name(), c.label())).toList());
        model.addAttribute("maxFiles", SubmittingAppeal.MAX_FILES);
    }

    static List<SubmittingAppeal.Attachment> files(List<MultipartFile> files) {
        List<SubmittingAppeal.Attachment> out = new ArrayList<>();
        if (files != null) {
            for (MultipartFile f : files) {
                if (f == null || f.isEmpty() && (f.getOriginalFilename() == null || f.getOriginalFilename().isBlank())) {
                    continue;
                }
                try {
                    out.add(new SubmittingAppeal.Attachment(f.getOriginalFilename() == null ? text("appeal.attachment.unnamed") : f.getOriginalFilename(),
                            f.getContentType(), f.getBytes()));
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            }
        }
        return out;
    }

    // ------------------------------------------------------------ enterprise portal

    @GetMapping("/enterprise/appeals")
    @PreAuthorize("hasAuthority('appeal:submit')")
    String mine(@AuthenticationPrincipal SignedInUser user, @RequestParam(defaultValue = "") String q,
                @RequestParam(defaultValue = "") String status, cn.yingshang.platform.ListPage page, Model model) {
        model.addAttribute("portal", Portal.ENTERPRISE);
        model.addAttribute("q", q);
        model.addAttribute("status", status);
        model.addAttribute("statuses", statusOptions());
        model.addAttribute("rows", queries.listed(new AppealQueries.ListScope.OfRequester(user.accountId()), q, status, page));
        return "appeal/mine";
    }

    @GetMapping("/enterprise/appeals/new")
    @PreAuthorize("hasAuthority('appeal:submit')")
    String newEnterprise(@RequestParam Map<String, String> prefill, Model model) {
        return intakeForm(model, Portal.ENTERPRISE, prefilled(prefill), "appeal/new-enterprise");
    }

    @PostMapping("/enterprise/appeals")
    @PreAuthorize("hasAuthority('appeal:submit')")
    String submitEnterprise(@AuthenticationPrincipal SignedInUser user, @RequestParam Map<String, String> form,
                            @RequestParam(value = "files", required = false) List<MultipartFile> files, Model model,
                            RedirectAttributes redirect) {
        try {
            SubmittingAppeal.Receipt r = appeals.submitByEnterprise(user, new SubmittingAppeal.EnterpriseMatter(form.get("type"),
                    form.get("category"), form.get("title"), form.get("content"), form.get("phone")), formTicket(form), files(files));
            redirect.addFlashAttribute("flash", shown("appeal.flash.submitted", r.trackingNumber()));
            return "redirect:/enterprise/appeals/" + r.id();
        } catch (DomainViolation e) {
            FormErrors.show(model, AppealRefusals.errorsOf(e));
            return intakeForm(model, Portal.ENTERPRISE, form, "appeal/new-enterprise");
        }
    }

    /**
     * Other pages may open the form with the type, category, title and content filled in (for
     * example the catalogue check's "not on the list, raise an appeal"); nothing else is taken.
     */
    static Map<String, String> prefilled(Map<String, String> query) {
        Map<String, String> form = new java.util.HashMap<>();
        for (String field : java.util.List.of("type", "category", "title", "content")) {
            String value = query.get(field);
            if (value != null && value.length() <= 2000) {
                form.put(field, value);
            }
        }
        return form;
    }

    // ------------------------------------------------------------ public

    @GetMapping("/public/appeals/new")
    String newPublic(@RequestParam Map<String, String> prefill, Model model) {
        return intakeForm(model, Portal.PUBLIC, prefilled(prefill), "appeal/new-public");
    }

    @PostMapping("/public/appeals")
    String submitPublic(@jakarta.validation.Valid AppealForm appealForm, org.springframework.validation.BindingResult binding,
                        @RequestParam Map<String, String> form,
                        @RequestParam(value = "files", required = false) List<MultipartFile> files, Model model) {
        model.addAttribute("portal", Portal.PUBLIC);
        SubmittingAppeal.Submission submission = appealForm.submission(Channel.PUBLIC_FORM, formTicket(form), files(files));
        try {
            if (binding.hasErrors()) {
                throw refusals(binding, submission, Map.of());
            }
            SubmittingAppeal.Receipt r = appeals.submit(submission, text("appeal.actor.requester"));
            model.addAttribute("publicCode", TrackingCodes.displayPublic(r.publicCode()));
            model.addAttribute("accessCode", TrackingCodes.displayAccess(r.accessCode()));
            return "appeal/received";
        } catch (DomainViolation e) {
            FormErrors.show(model, merged(binding, e));
            return intakeForm(model, Portal.PUBLIC, form, "appeal/new-public");
        }
    }

    /**
     * A form Bean Validation refused is still checked against the domain rules (without storing), so
     * the summary lists every problem; {@code more} adds the page's own refusals (the staff channel).
     */
    private DomainViolation refusals(org.springframework.validation.BindingResult binding, SubmittingAppeal.Submission submission,
                                     Map<String, String> more) {
        List<DomainViolation> found = new ArrayList<>();
        more.forEach((field, key) -> found.add(DomainViolation.of(field, key)));
        try {
            appeals.check(submission);
        } catch (DomainViolation e) {
            AppealRefusals.errorsOf(e).forEach((field, message) -> found.add(new DomainViolation(field, message)));
        }
        binding.getFieldErrors().forEach(e -> found.add(new DomainViolation(e.getField(), e.getDefaultMessage())));
        if (found.isEmpty()) {
            found.add(DomainViolation.of(null, "appeal.violation.action.unknown"));
        }
        AppealRefusals.throwIfAny(found);
        throw new IllegalStateException();
    }

    /** Every refusal, one per field; Bean Validation's fill fields the domain rules left alone. */
    private static Map<String, String> merged(org.springframework.validation.BindingResult binding, DomainViolation e) {
        Map<String, String> errors = new LinkedHashMap<>(AppealRefusals.errorsOf(e));
        FormErrors.of(binding).forEach(errors::putIfAbsent);
        return errors;
    }

    /**
     * The form's one-time submission token doubles as the intake key, so a double click (or a retry
     * after a lost answer) stores the appeal once and the second answer shows the same tracking number.
     */
    static String formTicket(Map<String, String> form) {
        String token = form.get("_submission");
        return token == null || token.isBlank() || token.length() > 58 ? null : "form:" + token;
    }

    @GetMapping("/public/appeals/cases")
    String cases(@RequestParam(defaultValue = "") String q, cn.yingshang.platform.ListPage page, Model model) {
        model.addAttribute("portal", Portal.PUBLIC);
        var found = queries.publishedCases(q, page);
        model.addAttribute("casePage", found);
        model.addAttribute("cases", found.rows());
        model.addAttribute("q", q);
        return "appeal/cases";
    }

    // ------------------------------------------------------------ workbench

    @GetMapping("/workbench/appeals")
    @PreAuthorize("hasAuthority('appeal:handle') or hasAuthority('appeal:office')")
    String queue(@AuthenticationPrincipal SignedInUser user, @RequestParam(defaultValue = "") String status,
                 @RequestParam(defaultValue = "") String q, cn.yingshang.platform.ListPage page, Model model) {
        model.addAttribute("portal", Portal.WORKBENCH);
        model.addAttribute("q", q);
        model.addAttribute("status", status);
        model.addAttribute("statuses", statusOptions());
        if (user.can("appeal:office")) {
            model.addAttribute("office", true);
            model.addAttribute("overview", queries.officeOverview());
            model.addAttribute("overviewMaxAge", AppealQueries.OVERVIEW_MAX_AGE_SECONDS);
            model.addAttribute("rows", queries.listed(new AppealQueries.ListScope.OfOffice(), q, status, page));
            model.addAttribute("overdue", queries.overdue("", SIDE_LIST));
        } else {
            long dept = user.departmentId().value();
            model.addAttribute("office", false);
            model.addAttribute("counts", queries.departmentCounts(dept));
            model.addAttribute("rows", queries.listed(new AppealQueries.ListScope.OfDepartment(dept), q, status, page));
            model.addAttribute("assisting", queries.assisting(dept, "", SIDE_LIST));
        }
        model.addAttribute("departmentNames", departmentNames());
        return "appeal/queue";
    }

    /** The queue shows the first of its side lists; each has its own paged and searchable page. */
    private static final cn.yingshang.platform.ListPage SIDE_LIST = cn.yingshang.platform.ListPage.first().withSize(20);

    @GetMapping("/workbench/appeals/assisting")
    @PreAuthorize("hasAuthority('appeal:handle')")
    String assisting(@AuthenticationPrincipal SignedInUser user, @RequestParam(defaultValue = "") String q,
                     cn.yingshang.platform.ListPage page, Model model) {
        if (user.departmentId() == null) {
            throw new org.springframework.web.server.ResponseStatusException(org.springframework.http.HttpStatus.NOT_FOUND);
        }
        return sideList("assisting", q, queries.assisting(user.departmentId().value(), q, page), model);
    }

    @GetMapping("/workbench/appeals/overdue")
    @PreAuthorize("hasAuthority('appeal:office')")
    String overdue(@RequestParam(defaultValue = "") String q, cn.yingshang.platform.ListPage page, Model model) {
        return sideList("overdue", q, queries.overdue(q, page), model);
    }

    private String sideList(String kind, String q, cn.yingshang.platform.PageOf<AppealQueries.QueueRow> rows, Model model) {
        model.addAttribute("portal", Portal.WORKBENCH);
        model.addAttribute("kind", kind);
        model.addAttribute("q", q);
        model.addAttribute("rows", rows);
        model.addAttribute("departmentNames", departmentNames());
        return "appeal/side-list";
    }

    @GetMapping("/workbench/appeals/export")
    @PreAuthorize("hasAuthority('appeal:handle') or hasAuthority('appeal:office')")
    ResponseEntity<byte[]> exportQueue(@AuthenticationPrincipal SignedInUser user, @RequestParam(defaultValue = "") String status) {
        List<AppealQueries.QueueRow> rows = user.can("appeal:office") ? queries.officeQueue(status, 5000, 0)
                : queries.departmentQueue(user.departmentId().value(), 5000, 0);
        Map<Long, String> names = departmentNames();
        List<List<Object>> out = new ArrayList<>();
        for (AppealQueries.QueueRow r : rows) {
            Identity identity = access.identityFor(user, access.require(r.id()));
            out.add(List.of(r.trackingNumber(), r.type(), r.category(), r.title(), r.region(), r.status(),
                    r.leadDepartmentId() == null ? "" : names.getOrDefault(r.leadDepartmentId(), ""),
                    String.valueOf(r.dueOn()), r.remaining() == null ? "" : r.remaining(), r.alertLabel(),
                    nz(identity.name()), nz(identity.phone()), nz(identity.creditCode())));
        }
        return cn.yingshang.platform.XlsxExport.download(text("appeal.export.queue.file"),
                List.of(text("appeal.export.queue.header").split(",")), out);
    }

    private static List<Option> statusOptions() {
        return Arrays.stream(AppealStatus.values()).filter(s -> s != AppealStatus.MERGED)
                .map(s -> new Option(s.name(), s.label())).toList();
    }

    private static String nz(String s) {
        return s == null ? "" : s;
    }

    private Map<Long, String> departmentNames() {
        return departments.all().stream().collect(Collectors.toMap(d -> d.id().value(), Department::name, (a, b) -> a));
    }

    @GetMapping("/workbench/appeals/new")
    @PreAuthorize("hasAuthority('appeal:intake')")
    String newStaff(Model model) {
        return intakeForm(model, Portal.WORKBENCH, Map.of(), "appeal/new-staff");
    }

    @PostMapping("/workbench/appeals")
    @PreAuthorize("hasAuthority('appeal:intake')")
    String submitStaff(@AuthenticationPrincipal SignedInUser user, @jakarta.validation.Valid AppealForm appealForm,
                       org.springframework.validation.BindingResult binding, @RequestParam Map<String, String> form,
                       @RequestParam(value = "files", required = false) List<MultipartFile> files, Model model,
                       RedirectAttributes redirect) {
        Channel channel = staffChannel(appealForm.channel());
        SubmittingAppeal.Submission submission = appealForm.submission(channel == null ? Channel.PHONE : channel, null, files(files));
        try {
            if (channel == null || binding.hasErrors()) {
                throw refusals(binding, submission, channel == null ? Map.of("channel", "appeal.violation.channel") : Map.of());
            }
            SubmittingAppeal.Receipt r = appeals.submit(submission, text("appeal.actor.staffIntake", user.displayName()));
            // the caller hears both codes from the staff member; the access code is not shown again
            redirect.addFlashAttribute("flash", messages.getMessage("appeal.staff.received", new Object[] {r.trackingNumber(),
                    TrackingCodes.displayPublic(r.publicCode()), TrackingCodes.displayAccess(r.accessCode())},
                    org.springframework.context.i18n.LocaleContextHolder.getLocale()));
            return "redirect:/workbench/appeals/" + r.id();
        } catch (DomainViolation e) {
            FormErrors.show(model, merged(binding, e));
            return intakeForm(model, Portal.WORKBENCH, form, "appeal/new-staff");
        }
    }

    /** A channel staff enter for a caller (phone, visit, window, meeting), or null. */
    private static Channel staffChannel(String value) {
        try {
            Channel channel = Channel.valueOf(value == null ? "" : value);
            return channel.staffEntered() ? channel : null;
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    static int parseInt(String s) {
        try {
            return Integer.parseInt(s == null ? "" : s.strip());
        } catch (NumberFormatException e) {
            throw DomainViolation.of("days", "appeal.violation.integer");
        }
    }

    /** A flash message in the reader's language (the bundle through the MessageSource). */
    private String shown(String key, Object... args) {
        return messages.getMessage(key, args, org.springframework.context.i18n.LocaleContextHolder.getLocale());
    }
}
