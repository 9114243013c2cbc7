package cn.yingshang.appeal.internal;

import cn.yingshang.platform.Department;
import cn.yingshang.platform.Departments;
import cn.yingshang.platform.FormErrors;
import cn.yingshang.platform.Portal;
import cn.yingshang.platform.Role;
import cn.yingshang.platform.SignedInUser;
import cn.yingshang.registry.MarketEntities;
import cn.yingshang.registry.MarketEntity;
import cn.yingshang.shared.CreditCode;
import cn.yingshang.shared.DomainViolation;
import cn.yingshang.shared.Regions;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import static cn.yingshang.appeal.internal.AppealText.text;

/**
 * Appeal pages of all four portals. Over 400 lines while the detail page's actions are dispatched on one
 * {@code action} parameter; one endpoint per action with a record form (issue 14) will take them out.
 */
@Controller
class AppealPages {

    record Option(String name, String label) {
    }

    private final AppealService appeals;
    private final AppealQueries queries;
    private final Categories categories;
    private final Departments departments;
    private final MarketEntities entities;
    private final TimeLimits limits;
    private final org.springframework.context.MessageSource messages;
    private final ReturningAppeal returning;
    private final ExtendingDeadline extending;
    private final DispatchingAppeal dispatching;
    private final ReplyingToAppeal replying;
    private final SupervisingAppeal supervising;
    private final RatingAppeal rating;
    private final ReopeningAppeal reopening;
    private final PublishingCase publishing;
    private final GrantingIdentityAccess granting;

    AppealPages(AppealService appeals, AppealQueries queries, Categories categories, Departments departments,
                MarketEntities entities, TimeLimits limits, org.springframework.context.MessageSource messages,
                ReturningAppeal returning, ExtendingDeadline extending, DispatchingAppeal dispatching, ReplyingToAppeal replying, SupervisingAppeal supervising,
                RatingAppeal rating, ReopeningAppeal reopening,
                PublishingCase publishing, GrantingIdentityAccess granting) {
        this.publishing = publishing;
        this.granting = granting;
        this.rating = rating;
        this.reopening = reopening;
        this.replying = replying;
        this.supervising = supervising;
        this.dispatching = dispatching;
        this.returning = returning;
        this.extending = extending;
        this.messages = messages;
        this.appeals = appeals;
        this.queries = queries;
        this.categories = categories;
        this.departments = departments;
        this.entities = entities;
        this.limits = limits;
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
        model.addAttribute("maxFiles", AppealService.MAX_FILES);
    }

    static List<AppealService.Attachment> files(List<MultipartFile> files) {
        List<AppealService.Attachment> out = new ArrayList<>();
        if (files != null) {
            for (MultipartFile f : files) {
                if (f == null || f.isEmpty() && (f.getOriginalFilename() == null || f.getOriginalFilename().isBlank())) {
                    continue;
                }
                try {
                    out.add(new AppealService.Attachment(f.getOriginalFilename() == null ? text("appeal.attachment.unnamed") : f.getOriginalFilename(),
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
            MarketEntity entity = entities.find(CreditCode.of(user.creditCode())).orElse(null);
            AppealService.Receipt r = appeals.submit(new AppealService.Submission(form.get("type"), form.get("category"),
                    form.get("title"), form.get("content"), entity == null ? user.displayName() : entity.name(), form.get("phone"),
                    user.creditCode(), false, entity == null ? "650100" : entity.region().code(), Channel.PORTAL,
                    formTicket(form), user.accountId(), files(files)), text("appeal.actor.requester"));
            redirect.addFlashAttribute("flash", shown("appeal.flash.submitted", r.trackingNumber()));
            return "redirect:/enterprise/appeals/" + r.id();
        } catch (DomainViolation e) {
            FormErrors.show(model, AppealRefusals.errorsOf(e));
            return intakeForm(model, Portal.ENTERPRISE, form, "appeal/new-enterprise");
        }
    }

    @GetMapping("/enterprise/appeals/{id}")
    @PreAuthorize("hasAuthority('appeal:submit')")
    String enterpriseDetail(@PathVariable long id, @AuthenticationPrincipal SignedInUser user, Model model) {
        return detail(id, user, model, Portal.ENTERPRISE);
    }

    @PostMapping("/enterprise/appeals/{id}/act")
    @PreAuthorize("hasAuthority('appeal:submit')")
    String enterpriseAct(@PathVariable long id, @AuthenticationPrincipal SignedInUser user,
                         @RequestParam Map<String, String> p, Model model, RedirectAttributes redirect) {
        return act(id, user, p, List.of(), model, redirect, Portal.ENTERPRISE);
    }

    @GetMapping({"/enterprise/appeals/{id}/attachments/{aid}", "/workbench/appeals/{id}/attachments/{aid}"})
    ResponseEntity<byte[]> download(@PathVariable long id, @PathVariable long aid, @AuthenticationPrincipal SignedInUser user) {
        appeals.requireVisible(id, user);
        Map<String, Object> a = appeals.attachment(id, aid);
        return ResponseEntity.ok()
                .header(HttpHeaders.CONTENT_DISPOSITION, cn.yingshang.platform.Downloads.attachment((String) a.get("filename")))
                .contentType(MediaType.APPLICATION_OCTET_STREAM).body((byte[]) a.get("data"));
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
        AppealService.Submission submission = appealForm.submission(Channel.PUBLIC_FORM, formTicket(form), files(files));
        try {
            if (binding.hasErrors()) {
                throw refusals(binding, submission, Map.of());
            }
            AppealService.Receipt r = appeals.submit(submission, text("appeal.actor.requester"));
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
    private DomainViolation refusals(org.springframework.validation.BindingResult binding, AppealService.Submission submission,
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
    String cases(Model model) {
        model.addAttribute("portal", Portal.PUBLIC);
        model.addAttribute("cases", queries.publishedCases());
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
            Identity identity = appeals.identityFor(user, appeals.require(r.id()));
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
        AppealService.Submission submission = appealForm.submission(channel == null ? Channel.PHONE : channel, null, files(files));
        try {
            if (channel == null || binding.hasErrors()) {
                throw refusals(binding, submission, channel == null ? Map.of("channel", "appeal.violation.channel") : Map.of());
            }
            AppealService.Receipt r = appeals.submit(submission, text("appeal.actor.staffIntake", user.displayName()));
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

    @GetMapping("/workbench/appeals/{id}")
    @PreAuthorize("hasAuthority('appeal:handle') or hasAuthority('appeal:office')")
    String workbenchDetail(@PathVariable long id, @AuthenticationPrincipal SignedInUser user, Model model) {
        return detail(id, user, model, Portal.WORKBENCH);
    }

    @PostMapping("/workbench/appeals/{id}/act")
    @PreAuthorize("hasAuthority('appeal:handle') or hasAuthority('appeal:office')")
    String workbenchAct(@PathVariable long id, @AuthenticationPrincipal SignedInUser user,
                        @RequestParam Map<String, String> p, @RequestParam(value = "assisting", required = false) List<String> assisting,
                        Model model, RedirectAttributes redirect) {
        return act(id, user, p, assisting, model, redirect, Portal.WORKBENCH);
    }

    private String detail(long id, SignedInUser user, Model model, Portal portal) {
        AppealRow a = appeals.requireVisible(id, user);
        Set<Actor> actors = appeals.actorsOf(user, a);
        model.addAttribute("portal", portal);
        model.addAttribute("base", portal == Portal.ENTERPRISE ? "/enterprise/appeals/" + id : "/workbench/appeals/" + id);
        model.addAttribute("a", a);
        model.addAttribute("typeLabel", a.type().label());
        model.addAttribute("submittedAt", AppealService.TIME.format(a.submittedAt()));
        model.addAttribute("confidential", a.confidential());
        model.addAttribute("ratingLabel", RatingRules.ratingLabel(a.resolution(), a.satisfaction()));
        model.addAttribute("statusLabel", a.status().label());
        model.addAttribute("channelLabel", a.channel().label());
        model.addAttribute("categoryName", categories.nameOf(a.category()));
        model.addAttribute("regionName", a.region().name());
        model.addAttribute("lead", appeals.departmentName(a.leadDepartmentId()));
        model.addAttribute("identity", appeals.identityFor(user, a));
        model.addAttribute("timeline", portal == Portal.ENTERPRISE ? appeals.requesterTimeline(id) : appeals.timeline(id));
        model.addAttribute("opinions", appeals.opinions(id));
        model.addAttribute("attachments", appeals.attachments(id));
        model.addAttribute("actions", AppealWorkflow.available(a.status(), actors).stream().map(Enum::name).collect(Collectors.toSet()));
        model.addAttribute("isOffice", actors.contains(Actor.OFFICE));
        if (a.deadline() != null && a.status().open()) {
            LocalDate today = appeals.today();
            model.addAttribute("remaining", a.deadline().remaining(appeals.calendar(a), today));
            // Issue 21 item 7: a due date in a year whose holiday notice is not loaded may still move.
            model.addAttribute("deadlineProvisional", appeals.calendar(a).provisionalBetween(today, a.dueOn()));
            model.addAttribute("alert", a.status() == AppealStatus.PAUSED ? "PAUSED" : a.deadline().alertOn(today).name());
        }
        if (actors.contains(Actor.OFFICE)) {
            model.addAttribute("suggested", appeals.suggestedDepartment(a).orElse(null));
            model.addAttribute("allDepartments", departments.all().stream()
                    .filter(d -> d.function() != cn.yingshang.platform.DepartmentFunction.BIZ_ENV_OFFICE)
                    .sorted(java.util.Comparator.comparing((Department d) -> d.region().code()).thenComparing(Department::name))
                    .map(d -> new Option(String.valueOf(d.id().value()), d.name())).toList());
            model.addAttribute("similar", appeals.similar(a));
            model.addAttribute("requestedDays", appeals.requestedExtensionDays(id));
            model.addAttribute("maxExtension", limits.forAppeal(a.type(), a.category()).maxExtensionDays());
        }
        ratingChoices(model);
        return "appeal/detail";
    }

    /** The choices of the rating and return-visit forms. */
    static void ratingChoices(Model model) {
        model.addAttribute("resolutions", ratingOptions(RatingRules.RESOLUTIONS));
        model.addAttribute("satisfactions", ratingOptions(RatingRules.SATISFACTIONS));
    }

    private String act(long id, SignedInUser user, Map<String, String> p, List<String> assisting, Model model,
                       RedirectAttributes redirect, Portal portal) {
        String action = p.getOrDefault("action", "");
        try {
            String message = perform(id, user, action, p, assisting);
            redirect.addFlashAttribute("flash", message);
            return "redirect:" + (portal == Portal.ENTERPRISE ? "/enterprise/appeals/" : "/workbench/appeals/") + id;
        } catch (DomainViolation e) {
            FormErrors.show(model, Map.of(e.field() == null ? "_form" : e.field(), e.getMessage()));
            model.addAttribute("failedAction", action);
            return detail(id, user, model, portal);
        }
    }

    private String perform(long id, SignedInUser user, String action, Map<String, String> p, List<String> assisting) {
        appeals.requireVisible(id, user);
        switch (action) {
            case "ACCEPT" -> dispatching.accept(id, user);
            case "DECLINE" -> dispatching.decline(id, user, p.get("reason"), p.get("guidance"));
            case "DISPATCH" -> {
                String lead = p.get("leadDepartment");
                if (lead == null || lead.isBlank()) {
                    throw DomainViolation.of("leadDepartment", "appeal.violation.leadDepartment");
                }
                dispatching.dispatch(id, user, AppealService.parseIds(List.of(lead)).getFirst(), AppealService.parseIds(assisting),
                        p.get("instruction"));
            }
            case "REQUEST_RETURN" -> returning.request(id, user, p.get("reason"));
            case "APPROVE_RETURN" -> returning.decide(id, user, true, p.get("note"));
            case "REFUSE_RETURN" -> returning.decide(id, user, false, p.get("note"));
            case "RECORD_STEP" -> replying.recordStep(id, user, p.get("note"));
            case "ADD_OPINION" -> replying.addOpinion(id, user, p.get("opinion"));
            case "REQUEST_EXTENSION" -> extending.requestExtension(id, user, parseInt(p.get("days")), p.get("reason"));
            case "APPROVE_EXTENSION" -> extending.decideExtension(id, user, true);
            case "REFUSE_EXTENSION" -> extending.decideExtension(id, user, false);
            case "REQUEST_PAUSE" -> extending.requestPause(id, user, p.get("reason"));
            case "APPROVE_PAUSE" -> extending.decidePause(id, user, true);
            case "REFUSE_PAUSE" -> extending.decidePause(id, user, false);
            case "RESUME" -> extending.resume(id, user);
            case "REPLY" -> replying.reply(id, user, p.get("reply"));
            case "REMIND" -> supervising.remind(id, user, false, p.get("note"));
            case "SUPERVISE" -> supervising.remind(id, user, true, p.get("note"));
            case "RATE" -> rating.rate(id, user, p.get("resolution"), p.get("satisfaction"));
            case "RETURN_VISIT" -> rating.returnVisit(id, user, p.get("resolution"), p.get("satisfaction"), p.get("note"));
            case "REOPEN" -> reopening.reopen(id, user, p.get("reason"));
            case "MERGE" -> dispatching.merge(id, user, parseLong(p.get("into")));
            case "PUBLISH_CASE" -> publishing.publish(id, user, p.get("summary"));
            case "GRANT_IDENTITY" -> granting.grant(id, user, parseLong(p.get("department")), p.get("reason"));
            default -> throw DomainViolation.of(null, "appeal.violation.action.unknown");
        }
        return "GRANT_IDENTITY".equals(action) ? shown("appeal.flash.granted") : shown("appeal.flash.done", AppealService.actionLabel(action));
    }

    static int parseInt(String s) {
        try {
            return Integer.parseInt(s == null ? "" : s.strip());
        } catch (NumberFormatException e) {
            throw DomainViolation.of("days", "appeal.violation.integer");
        }
    }

    private static long parseLong(String s) {
        try {
            return Long.parseLong(s == null ? "" : s.strip());
        } catch (NumberFormatException e) {
            throw DomainViolation.of("into", "appeal.violation.number");
        }
    }

    /** Resolution or satisfaction codes with their Chinese names, for the rating and return-visit forms. */
    private static List<Option> ratingOptions(List<String> codes) {
        return codes.stream().map(c -> new Option(c, text("appeal.rating." + c))).toList();
    }

    /** A flash message in the reader's language (the bundle through the MessageSource). */
    private String shown(String key, Object... args) {
        return messages.getMessage(key, args, org.springframework.context.i18n.LocaleContextHolder.getLocale());
    }

    static Map<String, String> labels() {
        return new LinkedHashMap<>();
    }

    static boolean isOffice(SignedInUser u) {
        return u != null && (u.role() == Role.OFFICE || u.role() == Role.ADMIN);
    }

    static void deny() {
        throw new AccessDeniedException(text("appeal.denied"));
    }
}
