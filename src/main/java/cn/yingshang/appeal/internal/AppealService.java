package cn.yingshang.appeal.internal;

import cn.yingshang.appeal.ArrearsAppealRaised;
import cn.yingshang.platform.AuditLog;
import cn.yingshang.platform.Department;
import cn.yingshang.platform.DepartmentId;
import cn.yingshang.platform.Departments;
import cn.yingshang.platform.Notifications;
import cn.yingshang.platform.Role;
import cn.yingshang.platform.SignedInUser;
import cn.yingshang.reference.WorkingCalendars;
import cn.yingshang.shared.DomainViolation;
import cn.yingshang.shared.RegionCode;
import cn.yingshang.shared.WorkingDayCalendar;
import java.nio.charset.StandardCharsets;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Optional;
import java.util.Set;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionSynchronizationManager;

import static cn.yingshang.appeal.internal.AppealText.text;

/**
 * The appeal workflow: every action checks the declared state machine, writes the timeline, audits and notifies.
 * Over 400 lines because it still holds the ~22 transitions as one transaction script; its intake rules moved to
 * {@link SubmissionRules} and its status guard to {@code platform.GuardedTransition}, the split into use cases per
 * user action (issue 14) is the next step.
 */
@Service
class AppealService {

    static final java.time.format.DateTimeFormatter TIME = java.time.format.DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm")
            .withZone(java.time.ZoneId.of("Asia/Shanghai"));
    static final int MAX_FILES = 5;
    static final int MAX_FILE_BYTES = 1024 * 1024;
    static final int MAX_CONTENT = 5000;
    static final Set<cn.yingshang.platform.FileKind> ATTACHMENT_KINDS = java.util.EnumSet.allOf(cn.yingshang.platform.FileKind.class);

    record Attachment(String filename, String contentType, byte[] data) {
    }

    record Submission(String type, String category, String title, String content, String name, String phone,
                      String creditCode, boolean anonymous, String region, Channel channel, String externalTicket,
                      Long requesterAccountId, List<Attachment> attachments) {
    }

    /**
     * The internal tracking number is for staff; the requester follows the appeal on 信息公开 with the
     * public code and the access code (null when this receipt repeats an earlier one, see TrackingCodes).
     */
    record Receipt(long id, String trackingNumber, boolean created, String publicCode, String accessCode) {
    }

    record TimelineEntry(String at, String action, String actor, String department, String note) {
    }

    record AssistOpinion(long departmentId, String department, String opinion) {
    }

    record AttachmentInfo(long id, String filename, int size) {
    }

    private final JdbcClient jdbc;
    private final IdentityCipher cipher;
    private final TimeLimits limits;
    private final Categories categories;
    private final WorkingCalendars calendars;
    private final Departments departments;
    private final Notifications notifications;
    private final AuditLog audit;
    private final ApplicationEventPublisher events;
    private final Clock clock;
    private final IntakeStore intakeStore;
    private final GroupCommit groupCommit;
    private final HotlineCallbacks hotlineCallbacks;
    private final cn.yingshang.platform.Accounts accounts;
    private final byte[] keyForHash;

    AppealService(JdbcClient jdbc, IdentityCipher cipher, TimeLimits limits, Categories categories, WorkingCalendars calendars,
                  Departments departments, Notifications notifications, AuditLog audit, ApplicationEventPublisher events,
                  Clock clock, IntakeStore intakeStore, GroupCommit groupCommit, HotlineCallbacks hotlineCallbacks,
                  cn.yingshang.platform.Accounts accounts, @org.springframework.beans.factory.annotation.Value("${yingshang.appeal.requester-hash-key}") String hashKey) {
        this.jdbc = jdbc;
        this.cipher = cipher;
        this.limits = limits;
        this.categories = categories;
        this.calendars = calendars;
        this.departments = departments;
        this.notifications = notifications;
        this.audit = audit;
        this.events = events;
        this.clock = clock;
        this.intakeStore = intakeStore;
        this.groupCommit = groupCommit;
        this.hotlineCallbacks = hotlineCallbacks;
        this.accounts = accounts;
        // its own key, not the data key: the hashes must survive a data-key rotation, and a leaked
        // hash key must not open identities (checked at start-up by ProductionConfigurationCheck)
        this.keyForHash = HexFormat.of().parseHex(hashKey.strip());
    }

    LocalDate today() {
        return LocalDate.now(clock);
    }

    WorkingDayCalendar calendar(AppealRow a) {
        return calendars.forRegion(a.region());
    }

    // ---------------------------------------------------------------- intake

    /**
     * Validates everything first (a rejected submission stores nothing), then stores appeal,
     * attachments, first timeline entry and audit entry in one transaction, and returns only after
     * that transaction committed.
     */
    Receipt submit(Submission s, String actorLabel) {
        SubmissionRules.Checked c = check(s);
        AppealType type = c.type();
        String title = c.title();
        String content = c.content();
        boolean anonymous = c.anonymous();
        String name = c.name();
        String phone = c.phone();
        String code = c.code();
        RegionCode region = c.region();
        List<Attachment> files = c.files();
        String ticket = c.ticket();
        LocalDate today = today();
        TimeLimits.Limits l = limits.forAppeal(type, s.category());
        Deadline dispatch = Deadline.of(calendars.forRegion(region), today, l.dispatchDays());
        String key = code != null ? hash(code) : phone != null ? hash(phone) : null;
        IntakeStore.PreparedAppeal prepared = new IntakeStore.PreparedAppeal(ticket, type, s.category(), s.channel(), region.code(),
                title, content, anonymous, cipher.encrypt(name), cipher.encrypt(phone), cipher.encrypt(code),
                s.requesterAccountId(), key, dispatch, clock.instant(), today, files, actorLabel,
                text("appeal.note.submitted", s.channel().label(), type.label(), categories.nameOf(s.category())), AuditLog.currentActor());
        // inside a caller's transaction the appeal must commit or roll back with it; otherwise share a commit with others
        return TransactionSynchronizationManager.isActualTransactionActive()
                ? intakeStore.storeAll(List.of(prepared)).getFirst()
                : groupCommit.submit(prepared);
    }

    /** Checks a submission without storing it; throws {@link AppealRefusals} listing every broken rule. */
    SubmissionRules.Checked check(Submission s) {
        boolean categoryActive = categories.find(s.category()).filter(Categories.Category::active).isPresent();
        SubmissionRules.Outcome outcome = SubmissionRules.check(s, categoryActive);
        AppealRefusals.throwIfAny(outcome.refusals());
        return outcome.checked();
    }

    String hash(String value) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(keyForHash, "HmacSHA256"));
            return HexFormat.of().formatHex(mac.doFinal(value.strip().toUpperCase(Locale.ROOT).getBytes(StandardCharsets.UTF_8)));
        } catch (java.security.GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    // ---------------------------------------------------------------- reading and access

    AppealRow require(long id) {
        return jdbc.sql("SELECT " + AppealRow.COLUMNS + " FROM appeal WHERE id = :id").param("id", id)
                .query(AppealRow::map).optional().orElseThrow(() -> new NoSuchElementException(text("appeal.notFound")));
    }

    AppealRow requireByTracking(String number) {
        return findByTrackingNumber(number).orElseThrow(() -> new NoSuchElementException(text("appeal.notFound")));
    }

    Optional<AppealRow> findByTrackingNumber(String number) {
        return jdbc.sql("SELECT " + AppealRow.COLUMNS + " FROM appeal WHERE tracking_number = :n").param("n", number)
                .query(AppealRow::map).optional();
    }

    List<Long> assistingDepartments(long appealId) {
        return jdbc.sql("SELECT department_id FROM appeal_assist WHERE appeal_id = :a ORDER BY department_id")
                .param("a", appealId).query(Long.class).list();
    }

    Set<Actor> actorsOf(SignedInUser user, AppealRow a) {
        Set<Actor> actors = EnumSet.noneOf(Actor.class);
        if (user == null) {
            return actors;
        }
        if (user.role() == Role.OFFICE || user.role() == Role.ADMIN) {
            actors.add(Actor.OFFICE);
        }
        if ((user.role() == Role.HANDLER || user.role() == Role.LEADER || user.role() == Role.LEGAL_OFFICER) && user.departmentId() != null) {
            long dept = user.departmentId().value();
            if (a.leadDepartmentId() != null && a.leadDepartmentId() == dept && a.status().withDepartment()
                    || a.leadDepartmentId() != null && a.leadDepartmentId() == dept && a.status() == AppealStatus.REPLIED) {
                actors.add(Actor.LEAD_DEPARTMENT);
            }
            if (a.status().withDepartment() && assistingDepartments(a.id()).contains(dept)) {
                actors.add(Actor.ASSISTING_DEPARTMENT);
            }
        }
        if (a.requesterAccountId() != null && a.requesterAccountId() == user.accountId()) {
            actors.add(Actor.REQUESTER);
        }
        return actors;
    }

    /** Who may open the appeal at all: the office, the requester, and departments that hold or held it. */
    AppealRow requireVisible(long id, SignedInUser user) {
        AppealRow a = require(id);
        if (!canView(user, a)) {
            throw new AccessDeniedException(text("appeal.denied.view"));
        }
        return a;
    }

    boolean canView(SignedInUser user, AppealRow a) {
        if (user == null) {
            return false;
        }
        if (user.role() == Role.OFFICE || user.role() == Role.ADMIN) {
            return true;
        }
        if (a.requesterAccountId() != null && a.requesterAccountId() == user.accountId()) {
            return true;
        }
        if ((user.role() == Role.HANDLER || user.role() == Role.LEADER || user.role() == Role.LEGAL_OFFICER) && user.departmentId() != null) {
            long dept = user.departmentId().value();
            return a.leadDepartmentId() != null && a.leadDepartmentId() == dept || assistingDepartments(a.id()).contains(dept);
        }
        return false;
    }

    /**
     * The requester's identity for this viewer (000 §58, 001 §26): complaints and reports in full only
     * for the office, the requester, or a department the office granted access; masked otherwise.
     * Every view of a full identity by staff is audited.
     */
    Identity identityFor(SignedInUser viewer, AppealRow a) {
        if (a.anonymous()) {
            return Identity.ANONYMOUS;
        }
        Identity full = new Identity(cipher.decrypt(a.nameEnc()), cipher.decrypt(a.phoneEnc()), cipher.decrypt(a.codeEnc()), false, false);
        if (viewer != null && a.requesterAccountId() != null && a.requesterAccountId() == viewer.accountId()) {
            return full;
        }
        boolean office = viewer != null && (viewer.role() == Role.OFFICE || viewer.role() == Role.ADMIN);
        boolean granted = viewer != null && viewer.departmentId() != null && jdbc.sql(
                        "SELECT count(*) FROM appeal_identity_grant WHERE appeal_id = :a AND department_id = :d")
                .param("a", a.id()).param("d", viewer.departmentId().value()).query(Long.class).single() > 0;
        if (!a.confidential() || office || granted) {
            audit.record("appeal.identity.view", "appeal", a.trackingNumber(), null,
                    Map.of("viewer", viewer == null ? "-" : viewer.username(), "reason",
                            text(!a.confidential() ? "appeal.identity.reason.open" : office ? "appeal.identity.reason.office" : "appeal.identity.reason.granted")));
            return full;
        }
        return full.mask();
    }

    /** Identity for a viewer without an audit entry: masked unless the viewer may see it in full (for notifications, lists). */
    boolean identityProtectedFrom(SignedInUser viewer, AppealRow a) {
        if (!a.confidential() || a.anonymous()) {
            return false;
        }
        if (viewer != null && (viewer.role() == Role.OFFICE || viewer.role() == Role.ADMIN)) {
            return false;
        }
        return viewer == null || a.requesterAccountId() == null || a.requesterAccountId() != viewer.accountId();
    }

    List<TimelineEntry> timeline(long id) {
        return timelineRows(id).stream()
                .map(e -> new TimelineEntry(e.at(), actionLabel(e.action()), e.actor(), e.department(), e.note())).toList();
    }

    /**
     * The timeline as the requester may read it (enterprise portal, like public tracking): internal steps
     * left out, and notes kept only where they are addressed to the requester: a dispatch note, a reminder
     * or an instruction between offices is the government's own.
     */
    List<TimelineEntry> requesterTimeline(long id) {
        return timelineRows(id).stream().filter(e -> PublicTracking.PUBLIC_ACTIONS.contains(e.action()))
                .map(e -> new TimelineEntry(e.at(), actionLabel(e.action()), e.actor(), e.department(),
                        PublicTracking.PUBLIC_NOTES.contains(e.action()) ? e.note() : null)).toList();
    }

    /** The timeline with action codes rather than labels. */
    List<TimelineEntry> timelineRows(long id) {
        return jdbc.sql("SELECT occurred_at, action, actor, department_id, note FROM appeal_event WHERE appeal_id = :a ORDER BY id")
                .param("a", id).query((rs, n) -> {
                    Long dept = rs.getObject("department_id", Long.class);
                    return new TimelineEntry(TIME.format(rs.getTimestamp(1).toInstant()), rs.getString(2), rs.getString(3),
                            dept == null ? null : departmentName(dept), rs.getString(5));
                }).list();
    }

    List<AssistOpinion> opinions(long id) {
        return jdbc.sql("SELECT department_id, opinion FROM appeal_assist WHERE appeal_id = :a ORDER BY department_id")
                .param("a", id).query((rs, n) -> new AssistOpinion(rs.getLong(1), departmentName(rs.getLong(1)), rs.getString(2))).list();
    }

    List<AttachmentInfo> attachments(long id) {
        return jdbc.sql("SELECT id, filename, size_bytes AS size FROM appeal_attachment WHERE appeal_id = :a ORDER BY id")
                .param("a", id).query(AttachmentInfo.class).list();
    }

    Map<String, Object> attachment(long appealId, long attachmentId) {
        return jdbc.sql("SELECT filename, content_type, data FROM appeal_attachment WHERE appeal_id = :a AND id = :i")
                .param("a", appealId).param("i", attachmentId).query().listOfRows().stream().findFirst()
                .orElseThrow(() -> new NoSuchElementException(text("appeal.attachment.notFound")));
    }

    String departmentName(Long id) {
        return id == null ? null : departments.byId(DepartmentId.of(id)).map(Department::name).orElse(text("appeal.department.unknown", String.valueOf(id)));
    }

    static String actionLabel(String action) {
        if ("SUBMIT".equals(action)) {
            return text("appeal.action.SUBMIT");
        }
        if ("WARNING".equals(action)) {
            return text("appeal.action.WARNING");
        }
        if ("OVERDUE".equals(action)) {
            return text("appeal.action.OVERDUE");
        }
        if ("GRANT_IDENTITY".equals(action)) {
            return text("appeal.action.GRANT_IDENTITY");
        }
        try {
            return AppealAction.valueOf(action).label();
        } catch (RuntimeException e) {
            return action;
        }
    }

    /** The lead department suggested from category and region (Departments.responsibleFor). */
    Optional<Department> suggestedDepartment(AppealRow a) {
        return categories.find(a.category()).flatMap(c -> departments.responsibleFor(a.region(), c.function()));
    }

    /** Earlier appeals from the same requester, or with the same title words, within 30 days: merge candidates. */
    List<AppealRow> similar(AppealRow a) {
        String key = jdbc.sql("SELECT requester_key FROM appeal WHERE id = :id").param("id", a.id()).query(String.class).optional().orElse(null);
        String words = a.title().length() > 6 ? a.title().substring(0, 6) : a.title();
        return jdbc.sql("SELECT " + AppealRow.COLUMNS + " " + """
                         FROM appeal WHERE id <> :id AND status <> 'MERGED' AND submitted_on >= :from
                          AND ((requester_key IS NOT NULL AND requester_key = :key)
                               OR (category = :category AND region_code = :region AND title LIKE :words))
                         ORDER BY id DESC LIMIT 10""")
                .param("id", a.id()).param("from", a.submittedOn().minusDays(30)).param("key", key)
                .param("category", a.category()).param("region", a.region().code()).param("words", likeEscape(words) + "%")
                .query(AppealRow::map).list();
    }

    private static String likeEscape(String s) {
        return s.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
    }

    // ---------------------------------------------------------------- actions

    private AppealStatus transition(AppealRow a, SignedInUser user, AppealAction action) {
        return AppealWorkflow.next(a.status(), action, actorsOf(user, a));
    }

    private void setStatus(AppealRow a, AppealStatus to) {
        // the platform's one transition idiom: WHERE status = :from, exactly one row or ConflictingChange
        cn.yingshang.platform.GuardedTransition.of(jdbc, "appeal", a.id()).from(a.status()).to(to).apply(text("appeal.conflict"));
    }

    private static String label(SignedInUser user) {
        return user == null ? text("appeal.actor.system") : user.role() == Role.ENTERPRISE ? text("appeal.actor.requester")
                : text("appeal.actor.staff", user.displayName(), user.role().label());
    }

    private static String required(String field, String value, String messageKey) {
        if (value == null || value.isBlank()) {
            throw DomainViolation.of(field, messageKey);
        }
        if (value.length() > MAX_CONTENT) {
            throw DomainViolation.of(field, "appeal.violation.text.long", MAX_CONTENT);
        }
        return value.strip();
    }

    private void done(AppealRow a, SignedInUser user, AppealAction action, AppealStatus to, String note) {
        done(a, label(user), user == null || user.departmentId() == null ? null : user.departmentId().value(), action, to, note);
    }

    private void done(AppealRow a, String actorLabel, Long department, AppealAction action, AppealStatus to, String note) {
        event(a.id(), action.name(), actorLabel, department, note);
        hotlineCallbacks.record(a, action, to, note);
        if (to != a.status()) {
            events.publishEvent(new cn.yingshang.appeal.AppealStatusChanged(a.id(), a.trackingNumber(), a.channel().name(),
                    a.status().name(), to.name(), action.name(), clock.instant()));
        }
        audit.record("appeal." + action.name().toLowerCase(Locale.ROOT), "appeal", a.trackingNumber(),
                Map.of("status", a.status().name()), Map.of("status", to.name(), "note", note == null ? "" : note));
    }

    void event(long appealId, String action, String actor, Long department, String note) {
        jdbc.sql("INSERT INTO appeal_event (appeal_id, occurred_at, action, actor, department_id, note) VALUES (:a, :t, :ac, :who, :d, :n)")
                .param("a", appealId).param("t", Timestamp.from(clock.instant())).param("ac", action).param("who", actor)
                .param("d", department).param("n", note).update();
    }

    private void tellRequester(AppealRow a, String title) {
        if (a.requesterAccountId() != null) {
            notifications.toAccount(a.requesterAccountId(), text("appeal.notice.requester.title", a.trackingNumber(), title),
                    text("appeal.notice.requester.body", a.title(), title),
                    // a supervisor's observation is followed on the cockpit, not on the enterprise portal they cannot open
                    a.channel() == Channel.SUPERVISOR ? null : "/enterprise/appeals/" + a.id());
        }
    }

    private void tellDepartment(long department, AppealRow a, String title) {
        notifications.toDepartment(DepartmentId.of(department), text("appeal.notice.staff.title", title, a.trackingNumber()),
                text("appeal.notice.staff.body", a.title(), title), "/workbench/appeals/" + a.id());
    }

    private void tellOffice(AppealRow a, String title) {
        notifications.toRole(Role.OFFICE, text("appeal.notice.staff.title", title, a.trackingNumber()), text("appeal.notice.staff.body", a.title(), title),
                "/workbench/appeals/" + a.id());
    }

    @Transactional
    void accept(long id, SignedInUser user) {
        AppealRow a = require(id);
        AppealStatus to = transition(a, user, AppealAction.ACCEPT);
        setStatus(a, to);
        done(a, user, AppealAction.ACCEPT, to, null);
        raiseArrears(a);
        tellRequester(a, text("appeal.notice.accepted"));
    }

    /** 000 §58: matters with a statutory channel of their own are declined with guidance to that channel. */
    @Transactional
    void decline(long id, SignedInUser user, String reason, String guidance) {
        AppealRow a = require(id);
        AppealStatus to = transition(a, user, AppealAction.DECLINE);
        String r = required("reason", reason, "appeal.violation.decline.reason");
        String note = guidance == null || guidance.isBlank() ? r : text("appeal.note.declineGuidance", r, guidance.strip());
        jdbc.sql("UPDATE appeal SET clock_stage = NULL, closed_on = :d, reply = :r WHERE id = :id")
                .param("d", today()).param("r", note).param("id", id).update();
        setStatus(a, to);
        done(a, user, AppealAction.DECLINE, to, note);
        tellRequester(a, text("appeal.notice.declined", note));
    }

    @Transactional
    void dispatch(long id, SignedInUser user, long leadDepartment, List<Long> assisting, String instruction) {
        AppealRow a = require(id);
        dispatchTo(a, transition(a, user, AppealAction.DISPATCH), user, leadDepartment, assisting, instruction);
    }

    /**
     * A complaint that arrived on a body's own channel (12309, 12368, the police reporting platform) goes to
     * that body at once, by the platform: see {@code AppealIntake#submitRouted}. A repeated ticket finds it routed.
     */
    @Transactional
    void routeOnIntake(long id, long leadDepartment) {
        AppealRow a = require(id);
        if (a.status() == AppealStatus.SUBMITTED) {
            dispatchTo(a, AppealWorkflow.next(a.status(), AppealAction.DISPATCH, EnumSet.of(Actor.SYSTEM)), null, leadDepartment,
                    List.of(), null);
        }
    }

    private void dispatchTo(AppealRow a, AppealStatus to, SignedInUser user, long leadDepartment, List<Long> assisting,
                            String instruction) {
        long id = a.id();
        departments.byId(DepartmentId.of(leadDepartment)).orElseThrow(() -> DomainViolation.of("leadDepartment", "appeal.violation.leadDepartment"));
        List<Long> assist = assisting == null ? List.of() : assisting.stream().filter(d -> d != leadDepartment).distinct().toList();
        for (Long d : assist) {
            departments.byId(DepartmentId.of(d)).orElseThrow(() -> DomainViolation.of("assisting", "appeal.violation.assisting.unknown"));
        }
        WorkingDayCalendar cal = calendar(a);
        TimeLimits.Limits l = limits.forAppeal(a.type(), a.category());
        LocalDate today = today();
        Deadline reply = Deadline.of(cal, today, l.replyDays());
        jdbc.sql("""
                        UPDATE appeal SET lead_department_id = :lead, handler_account_id = NULL, clock_stage = 'REPLY',
                          clock_start = :s, due_on = :due, warn_on = :warn, return_due_on = :ret, extension_days = 0,
                          dispatched_on = COALESCE(dispatched_on, :s) WHERE id = :id""")
                .param("lead", leadDepartment).param("s", today).param("due", reply.due()).param("warn", reply.warnOn())
                .param("ret", cal.addWorkingDays(today, l.returnDays())).param("id", id).update();
        jdbc.sql("DELETE FROM appeal_assist WHERE appeal_id = :a").param("a", id).update();
        for (Long d : assist) {
            jdbc.sql("INSERT INTO appeal_assist (appeal_id, department_id) VALUES (:a, :d)").param("a", id).param("d", d).update();
        }
        setStatus(a, to);
        String note = text("appeal.note.dispatch.lead", departmentName(leadDepartment))
                + (assist.isEmpty() ? "" : text("appeal.note.dispatch.assisting",
                        String.join(text("appeal.note.listSeparator"), assist.stream().map(this::departmentName).toList())))
                + text("appeal.note.dispatch.due", reply.due())
                + (instruction == null || instruction.isBlank() ? "" : text("appeal.note.dispatch.instruction", instruction.strip()));
        done(a, user, AppealAction.DISPATCH, to, note);
        if (a.status() == AppealStatus.SUBMITTED) {
            raiseArrears(a);
        }
        tellDepartment(leadDepartment, a, text("appeal.notice.dispatched.lead"));
        assist.forEach(d -> tellDepartment(d, a, text("appeal.notice.dispatched.assisting")));
        tellRequester(a, text("appeal.notice.dispatched", departmentName(leadDepartment)));
    }

    private void raiseArrears(AppealRow a) {
        if (Categories.ARREARS.equals(a.category())) {
            // ids only: the event is stored in event_publication, where no decrypted identity may lie
            events.publishEvent(new ArrearsAppealRaised(cn.yingshang.appeal.AppealId.of(a.id()), a.trackingNumber(), today()));
        }
    }

    /** The first handler who acts on a dispatched appeal becomes responsible for it (首接负责). */
    private void claim(AppealRow a, SignedInUser user) {
        jdbc.sql("UPDATE appeal SET handler_account_id = COALESCE(handler_account_id, :u), responded_on = COALESCE(responded_on, :d) WHERE id = :id")
                .param("u", user.accountId()).param("d", today()).param("id", a.id()).update();
    }

    @Transactional
    void requestReturn(long id, SignedInUser user, String reason) {
        AppealRow a = require(id);
        AppealStatus to = transition(a, user, AppealAction.REQUEST_RETURN);
        String r = required("reason", reason, "appeal.violation.return.reason");
        if (a.returnDueOn() != null && today().isAfter(a.returnDueOn())) {
            throw DomainViolation.of("reason", "appeal.violation.return.late", a.returnDueOn());
        }
        claim(a, user);
        setStatus(a, to);
        done(a, user, AppealAction.REQUEST_RETURN, to, r);
        tellOffice(a, text("appeal.notice.returnRequested"));
    }

    @Transactional
    void decideReturn(long id, SignedInUser user, boolean approve, String note) {
        AppealRow a = require(id);
        AppealAction action = approve ? AppealAction.APPROVE_RETURN : AppealAction.REFUSE_RETURN;
        AppealStatus to = transition(a, user, action);
        Long lead = a.leadDepartmentId();
        if (approve) {
            Deadline d = Deadline.of(calendar(a), today(), limits.forAppeal(a.type(), a.category()).dispatchDays());
            jdbc.sql("UPDATE appeal SET lead_department_id = NULL, handler_account_id = NULL, clock_stage = 'DISPATCH', "
                            + "clock_start = :s, due_on = :due, warn_on = :warn, return_due_on = NULL WHERE id = :id")
                    .param("s", d.start()).param("due", d.due()).param("warn", d.warnOn()).param("id", id).update();
            List<Long> assisting = jdbc.sql("SELECT department_id FROM appeal_assist WHERE appeal_id = :a").param("a", id)
                    .query(Long.class).list();
            jdbc.sql("DELETE FROM appeal_assist WHERE appeal_id = :a").param("a", id).update();
            // the departments no longer see the appeal: their notices about it stop linking to a page they cannot open
            assisting.forEach(department -> notifications.unlink(DepartmentId.of(department), "/workbench/appeals/" + id));
            if (lead != null) {
                notifications.unlink(DepartmentId.of(lead), "/workbench/appeals/" + id);
            }
        }
        setStatus(a, to);
        done(a, user, action, to, note == null || note.isBlank() ? null : note.strip());
        if (lead != null && approve) {
            notifications.toDepartment(DepartmentId.of(lead), text("appeal.notice.staff.title", text("appeal.notice.return.approved"),
                    a.trackingNumber()), text("appeal.notice.staff.body", a.title(), text("appeal.notice.return.approved")), null);
        } else if (lead != null) {
            tellDepartment(lead, a, text("appeal.notice.return.refused"));
        }
    }

    @Transactional
    void recordStep(long id, SignedInUser user, String note) {
        AppealRow a = require(id);
        AppealStatus to = transition(a, user, AppealAction.RECORD_STEP);
        String n = required("note", note, "appeal.violation.step.note");
        claim(a, user);
        if (a.status() != to) {
            setStatus(a, to);
        }
        done(a, user, AppealAction.RECORD_STEP, to, n);
        tellRequester(a, text("appeal.notice.progress"));
    }

    @Transactional
    void addOpinion(long id, SignedInUser user, String opinion) {
        AppealRow a = require(id);
        transition(a, user, AppealAction.ADD_OPINION);
        String o = required("opinion", opinion, "appeal.violation.opinion");
        jdbc.sql("UPDATE appeal_assist SET opinion = :o, opinion_at = :t WHERE appeal_id = :a AND department_id = :d")
                .param("o", o).param("t", Timestamp.from(clock.instant())).param("a", id).param("d", user.departmentId().value()).update();
        done(a, user, AppealAction.ADD_OPINION, a.status(), o);
        tellDepartment(a.leadDepartmentId(), a, text("appeal.notice.opinion"));
    }

    @Transactional
    void requestExtension(long id, SignedInUser user, int days, String reason) {
        AppealRow a = require(id);
        AppealStatus to = transition(a, user, AppealAction.REQUEST_EXTENSION);
        String r = required("reason", reason, "appeal.violation.extension.reason");
        int max = limits.forAppeal(a.type(), a.category()).maxExtensionDays();
        if (days < 1 || a.extensionDays() + days > max) {
            throw DomainViolation.of("days", "appeal.violation.extension.days", max - a.extensionDays(), max);
        }
        setStatus(a, to);
        done(a, user, AppealAction.REQUEST_EXTENSION, to, text("appeal.note.extensionRequested", days, r));
        jdbc.sql("UPDATE appeal_event SET extra = :d WHERE id = (SELECT max(id) FROM appeal_event WHERE appeal_id = :a)")
                .param("d", String.valueOf(days)).param("a", id).update();
        tellOffice(a, text("appeal.notice.extensionRequested"));
    }

    int requestedExtensionDays(long id) {
        return jdbc.sql("SELECT extra FROM appeal_event WHERE appeal_id = :a AND action = 'REQUEST_EXTENSION' ORDER BY id DESC LIMIT 1")
                .param("a", id).query(String.class).optional().map(Integer::parseInt).orElse(0);
    }

    @Transactional
    void decideExtension(long id, SignedInUser user, boolean approve) {
        AppealRow a = require(id);
        AppealAction action = approve ? AppealAction.APPROVE_EXTENSION : AppealAction.REFUSE_EXTENSION;
        AppealStatus to = transition(a, user, action);
        String note = null;
        if (approve) {
            int days = requestedExtensionDays(id);
            Deadline d = a.deadline().extendedBy(calendar(a), days);
            jdbc.sql("UPDATE appeal SET due_on = :due, warn_on = :warn, extension_days = extension_days + :n WHERE id = :id")
                    .param("due", d.due()).param("warn", d.warnOn()).param("n", days).param("id", id).update();
            note = text("appeal.note.extended", days, d.due());
        }
        setStatus(a, to);
        done(a, user, action, to, note);
        tellDepartment(a.leadDepartmentId(), a, text(approve ? "appeal.notice.extension.approved" : "appeal.notice.extension.refused"));
        if (approve) {
            tellRequester(a, text("appeal.notice.extended"));
        }
    }

    @Transactional
    void requestPause(long id, SignedInUser user, String reason) {
        AppealRow a = require(id);
        AppealStatus to = transition(a, user, AppealAction.REQUEST_PAUSE);
        String r = required("reason", reason, "appeal.violation.pause.reason");
        setStatus(a, to);
        done(a, user, AppealAction.REQUEST_PAUSE, to, r);
        tellOffice(a, text("appeal.notice.pauseRequested"));
    }

    /** The clock stops only for an approved pause. */
    @Transactional
    void decidePause(long id, SignedInUser user, boolean approve) {
        AppealRow a = require(id);
        AppealAction action = approve ? AppealAction.APPROVE_PAUSE : AppealAction.REFUSE_PAUSE;
        AppealStatus to = transition(a, user, action);
        if (approve) {
            jdbc.sql("UPDATE appeal SET paused_on = :d WHERE id = :id").param("d", today()).param("id", id).update();
        }
        setStatus(a, to);
        done(a, user, action, to, null);
        tellDepartment(a.leadDepartmentId(), a, text(approve ? "appeal.notice.pause.approved" : "appeal.notice.pause.refused"));
    }

    @Transactional
    void resume(long id, SignedInUser user) {
        AppealRow a = require(id);
        AppealStatus to = transition(a, user, AppealAction.RESUME);
        WorkingDayCalendar cal = calendar(a);
        int paused = Math.max(0, cal.workingDaysBetween(a.pausedOn(), today()));
        Deadline d = a.deadline().extendedBy(cal, paused);
        jdbc.sql("UPDATE appeal SET paused_on = NULL, due_on = :due, warn_on = :warn WHERE id = :id")
                .param("due", d.due()).param("warn", d.warnOn()).param("id", id).update();
        setStatus(a, to);
        done(a, user, AppealAction.RESUME, to, text("appeal.note.resumed", paused, d.due()));
    }

    /** The lead department's reply; assisting departments' opinions are appended to it. */
    @Transactional
    void reply(long id, SignedInUser user, String text) {
        AppealRow a = require(id);
        AppealStatus to = transition(a, user, AppealAction.REPLY);
        StringBuilder full = new StringBuilder(required("reply", text, "appeal.violation.reply"));
        for (AssistOpinion o : opinions(id)) {
            if (o.opinion() != null) {
                full.append(text("appeal.note.reply.opinion", o.department(), o.opinion()));
            }
        }
        claim(a, user);
        LocalDate today = today();
        WorkingDayCalendar cal = calendar(a);
        jdbc.sql("""
                        UPDATE appeal SET reply = :r, replied_on = :d, replied_late = :late, clock_stage = NULL,
                          handling_days = :days, resolution = NULL, satisfaction = NULL WHERE id = :id""")
                .param("r", full.toString()).param("d", today).param("late", a.dueOn() != null && today.isAfter(a.dueOn()))
                .param("days", a.dispatchedOn() == null ? 0 : Math.max(0, cal.workingDaysBetween(a.dispatchedOn(), today)))
                .param("id", id).update();
        setStatus(a, to);
        done(a, user, AppealAction.REPLY, to, full.toString());
        tellRequester(a, text("appeal.notice.replied.requester"));
        tellOffice(a, text("appeal.notice.replied"));
    }

    @Transactional
    void remind(long id, SignedInUser user, boolean supervise, String note) {
        AppealRow a = require(id);
        AppealAction action = supervise ? AppealAction.SUPERVISE : AppealAction.REMIND;
        transition(a, user, action);
        String n = required("note", note, supervise ? "appeal.violation.supervise.note" : "appeal.violation.remind.note");
        done(a, user, action, a.status(), n);
        notifyLeaders(a, text(supervise ? "appeal.notice.supervise.title" : "appeal.notice.remind.title", a.trackingNumber()), n);
        tellDepartment(a.leadDepartmentId(), a, text(supervise ? "appeal.notice.supervised" : "appeal.notice.reminded"));
    }

    private void notifyLeaders(AppealRow a, String title, String body) {
        // the leaders through the platform's API: the account table is the platform's own
        for (var leader : accounts.enabledIn(DepartmentId.of(a.leadDepartmentId()), Role.LEADER)) {
            notifications.toAccount(leader.id(), title, text("appeal.notice.leader.body", a.title(), body), "/workbench/appeals/" + a.id());
        }
    }

    @Transactional
    void rate(long id, SignedInUser user, String resolution, String satisfaction) {
        AppealRow a = require(id);
        rate(a, transition(a, user, AppealAction.RATE), label(user), resolution, satisfaction);
    }

    /**
     * A requester without an account who proved on 信息公开 that the appeal is theirs (tracking number
     * and phone digits, see PublicTracking) rates it as a signed-in requester would. Appeals raised
     * from an account are rated from that account only.
     */
    @Transactional
    void rateByVerifiedRequester(long id, String resolution, String satisfaction) {
        AppealRow a = requireWithoutAccount(id);
        rate(a, AppealWorkflow.next(a.status(), AppealAction.RATE, EnumSet.of(Actor.REQUESTER)), VERIFIED_REQUESTER,
                resolution, satisfaction);
    }

    static final String VERIFIED_REQUESTER = text("appeal.actor.verifiedRequester");

    private AppealRow requireWithoutAccount(long id) {
        AppealRow a = require(id);
        if (a.requesterAccountId() != null) {
            throw new AccessDeniedException(text("appeal.denied.signIn"));
        }
        return a;
    }

    private void rate(AppealRow a, AppealStatus to, String actorLabel, String resolution, String satisfaction) {
        storeRating(a, resolution, satisfaction, to);
        done(a, actorLabel, null, AppealAction.RATE, to, ratingLabel(resolution, satisfaction));
        if (a.leadDepartmentId() != null) {
            tellDepartment(a.leadDepartmentId(), a, text("appeal.notice.rated", ratingLabel(resolution, satisfaction)));
        }
    }

    /** The office's return visit records the requester's answer for phone appeals. */
    @Transactional
    void returnVisit(long id, SignedInUser user, String resolution, String satisfaction, String note) {
        AppealRow a = require(id);
        AppealStatus to = transition(a, user, AppealAction.RETURN_VISIT);
        storeRating(a, resolution, satisfaction, to);
        done(a, user, AppealAction.RETURN_VISIT, to, ratingLabel(resolution, satisfaction) + (note == null || note.isBlank() ? "" : text("appeal.note.separator") + note.strip()));
    }

    /**
     * The 12345 system's own return visit (回访结果): on a replied appeal it is the rating, as the
     * office's return visit would be; on an appeal already rated or reopened it is recorded in the
     * timeline only, so the hotline's finding is never lost and never overrides the requester.
     */
    @Transactional
    AppealStatus hotlineReturnVisit(AppealRow a, String actorLabel, String resolution, String satisfaction, String note) {
        String text = ratingLabel(resolution, satisfaction) + (note == null || note.isBlank() ? "" : text("appeal.note.separator") + note.strip());
        if (a.status() == AppealStatus.REPLIED) {
            AppealStatus to = AppealWorkflow.next(a.status(), AppealAction.RETURN_VISIT, EnumSet.of(Actor.OFFICE));
            storeRating(a, resolution, satisfaction, to);
            done(a, actorLabel, null, AppealAction.RETURN_VISIT, to, text);
            return to;
        }
        event(a.id(), AppealAction.RETURN_VISIT.name(), actorLabel, null, text);
        return a.status();
    }

    private void storeRating(AppealRow a, String resolution, String satisfaction, AppealStatus to) {
        if (resolution == null || !Set.of("RESOLVED", "PARTLY", "NOT_RESOLVED").contains(resolution)) {
            throw DomainViolation.of("resolution", "appeal.violation.resolution");
        }
        if (satisfaction == null || !Set.of("SATISFIED", "BASIC", "NOT_SATISFIED").contains(satisfaction)) {
            throw DomainViolation.of("satisfaction", "appeal.violation.satisfaction");
        }
        jdbc.sql("UPDATE appeal SET resolution = :r, satisfaction = :s, closed_on = :d WHERE id = :id")
                .param("r", resolution).param("s", satisfaction).param("d", today()).param("id", a.id()).update();
        setStatus(a, to);
    }

    static String ratingLabel(String resolution, String satisfaction) {
        return ratingPart(resolution) + "·" + ratingPart(satisfaction);
    }

    private static String ratingPart(String code) {
        return code != null && RATINGS.contains(code) ? text("appeal.rating." + code) : "-";
    }

    /** Reopen within the window after the reply: back to the lead department with a fresh reply limit. */
    @Transactional
    void reopen(long id, SignedInUser user, String reason) {
        AppealRow a = require(id);
        reopen(a, transition(a, user, AppealAction.REOPEN), label(user), reason);
    }

    /** Reopening by a requester without an account, verified on 信息公开 (see {@link #rateByVerifiedRequester}). */
    @Transactional
    void reopenByVerifiedRequester(long id, String reason) {
        AppealRow a = requireWithoutAccount(id);
        reopen(a, AppealWorkflow.next(a.status(), AppealAction.REOPEN, EnumSet.of(Actor.REQUESTER)), VERIFIED_REQUESTER, reason);
    }

    private void reopen(AppealRow a, AppealStatus to, String actorLabel, String reason) {
        long id = a.id();
        String r = required("reason", reason, "appeal.violation.reopen.reason");
        TimeLimits.Limits l = limits.forAppeal(a.type(), a.category());
        WorkingDayCalendar cal = calendar(a);
        if (a.repliedOn() != null && cal.workingDaysBetween(a.repliedOn(), today()) > l.reopenDays()) {
            throw DomainViolation.of("reason", "appeal.violation.reopen.late", l.reopenDays());
        }
        if (a.leadDepartmentId() == null) {
            throw DomainViolation.of(null, "appeal.violation.reopen.noDepartment");
        }
        Deadline d = Deadline.of(cal, today(), l.replyDays());
        jdbc.sql("UPDATE appeal SET reopen_count = reopen_count + 1, clock_stage = 'REPLY', clock_start = :s, due_on = :due, "
                        + "warn_on = :warn, extension_days = 0, closed_on = NULL WHERE id = :id")
                .param("s", d.start()).param("due", d.due()).param("warn", d.warnOn()).param("id", id).update();
        setStatus(a, to);
        done(a, actorLabel, null, AppealAction.REOPEN, to, r);
        tellDepartment(a.leadDepartmentId(), a, text("appeal.notice.reopened"));
        tellOffice(a, text("appeal.notice.reopenedByRequester"));
    }

    /** Merged appeals leave the statistics: status MERGED, pointing at the one that remains. */
    @Transactional
    void merge(long id, SignedInUser user, long into) {
        AppealRow a = require(id);
        if (id == into) {
            throw DomainViolation.of("into", "appeal.violation.merge.self");
        }
        AppealRow target = require(into);
        if (target.status() == AppealStatus.MERGED) {
            throw DomainViolation.of("into", "appeal.violation.merge.merged");
        }
        AppealStatus to = transition(a, user, AppealAction.MERGE);
        jdbc.sql("UPDATE appeal SET merged_into = :t, clock_stage = NULL WHERE id = :id").param("t", into).param("id", id).update();
        setStatus(a, to);
        done(a, user, AppealAction.MERGE, to, text("appeal.note.mergedInto", target.trackingNumber()));
        event(into, "MERGE", label(user), null, text("appeal.note.mergedFrom", a.trackingNumber()));
        tellRequester(a, text("appeal.notice.merged", target.trackingNumber()));
    }

    @Transactional
    void grantIdentity(long id, SignedInUser user, long department, String reason) {
        AppealRow a = require(id);
        if (!actorsOf(user, a).contains(Actor.OFFICE)) {
            throw new AccessDeniedException(text("appeal.denied.grant"));
        }
        String r = required("reason", reason, "appeal.violation.grant.reason");
        jdbc.sql("""
                        INSERT INTO appeal_identity_grant (appeal_id, department_id, reason, granted_by, granted_at)
                        VALUES (:a, :d, :r, :u, :t) ON CONFLICT (appeal_id, department_id) DO UPDATE SET reason = :r""")
                .param("a", id).param("d", department).param("r", r).param("u", user.username())
                .param("t", Timestamp.from(clock.instant())).update();
        event(id, "GRANT_IDENTITY", label(user), department, text("appeal.note.granted", departmentName(department), r));
        audit.record("appeal.identity.grant", "appeal", a.trackingNumber(), null, Map.of("department", department, "reason", r));
    }

    /** 信息公开: a resolved appeal as an anonymised typical case; the summary is the office's own text. */
    @Transactional
    void publishCase(long id, SignedInUser user, String summary) {
        AppealRow a = require(id);
        transition(a, user, AppealAction.PUBLISH_CASE);
        if (!"RESOLVED".equals(a.resolution())) {
            throw DomainViolation.of("summary", "appeal.violation.case.unresolved");
        }
        String s = required("summary", summary, "appeal.violation.case.summary");
        jdbc.sql("UPDATE appeal SET published = TRUE, public_summary = :s WHERE id = :id").param("s", s).param("id", id).update();
        done(a, user, AppealAction.PUBLISH_CASE, a.status(), null);
    }

    static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }

    static List<Long> parseIds(List<String> raw) {
        List<Long> out = new ArrayList<>();
        if (raw != null) {
            for (String r : raw) {
                if (r != null && !r.isBlank()) {
                    try {
                        out.add(Long.parseLong(r.strip()));
                    } catch (NumberFormatException e) {
                        throw DomainViolation.of("assisting", "appeal.violation.assisting.invalid");
                    }
                }
            }
        }
        return out;
    }

    static final List<String> RESOLUTIONS = List.of("RESOLVED", "PARTLY", "NOT_RESOLVED");
    static final List<String> SATISFACTIONS = List.of("SATISFIED", "BASIC", "NOT_SATISFIED");
    private static final Set<String> RATINGS = Set.of("RESOLVED", "PARTLY", "NOT_RESOLVED", "SATISFIED", "BASIC", "NOT_SATISFIED");

    static Map<String, String> ratingOptions() {
        Map<String, String> m = new LinkedHashMap<>();
        RESOLUTIONS.forEach(r -> m.put(r, text("appeal.rating." + r)));
        return m;
    }
}
