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

    static final java.time.format.DateTimeFormatter TIME = AppealReading.TIME;
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
    private final AppealStore store;
    private final AppealAccess access;
    private final AppealReading reading;
    private final AppealSteps steps;
    private final AppealNotices notices;
    private final byte[] keyForHash;

    AppealService(JdbcClient jdbc, IdentityCipher cipher, TimeLimits limits, Categories categories, WorkingCalendars calendars,
                  Departments departments, Notifications notifications, AuditLog audit, ApplicationEventPublisher events,
                  Clock clock, IntakeStore intakeStore, GroupCommit groupCommit, HotlineCallbacks hotlineCallbacks,
                  cn.yingshang.platform.Accounts accounts, AppealStore store, AppealAccess access, AppealReading reading,
                  AppealSteps steps, AppealNotices notices, @org.springframework.beans.factory.annotation.Value("${yingshang.appeal.requester-hash-key}") String hashKey) {
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
        this.store = store;
        this.access = access;
        this.reading = reading;
        this.steps = steps;
        this.notices = notices;
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
        return store.require(id);
    }

    AppealRow requireByTracking(String number) {
        return findByTrackingNumber(number).orElseThrow(() -> new NoSuchElementException(text("appeal.notFound")));
    }

    Optional<AppealRow> findByTrackingNumber(String number) {
        return store.findByTrackingNumber(number);
    }

    Set<Actor> actorsOf(SignedInUser user, AppealRow a) {
        return access.actorsOf(user, a);
    }

    AppealRow requireVisible(long id, SignedInUser user) {
        return access.requireVisible(id, user);
    }

    Identity identityFor(SignedInUser viewer, AppealRow a) {
        return access.identityFor(viewer, a);
    }

    List<AppealReading.TimelineEntry> timeline(long id) {
        return reading.timeline(id);
    }

    List<AppealReading.TimelineEntry> requesterTimeline(long id) {
        return reading.requesterTimeline(id);
    }

    List<AppealReading.TimelineEntry> timelineRows(long id) {
        return reading.timelineRows(id);
    }

    List<AppealReading.AssistOpinion> opinions(long id) {
        return reading.opinions(id);
    }

    List<AppealReading.AttachmentInfo> attachments(long id) {
        return reading.attachments(id);
    }

    Map<String, Object> attachment(long appealId, long attachmentId) {
        return reading.attachment(appealId, attachmentId);
    }

    String departmentName(Long id) {
        return reading.departmentName(id);
    }

    static String actionLabel(String action) {
        return AppealReading.actionLabel(action);
    }

    Optional<Department> suggestedDepartment(AppealRow a) {
        return reading.suggestedDepartment(a);
    }

    List<AppealRow> similar(AppealRow a) {
        return reading.similar(a);
    }

    // ---------------------------------------------------------------- actions

    private AppealStatus transition(AppealRow a, SignedInUser user, AppealAction action) {
        return steps.next(a, user, action);
    }

    private void setStatus(AppealRow a, AppealStatus to) {
        steps.move(a, to);
    }

    private static String label(SignedInUser user) {
        return AppealSteps.label(user);
    }

    private static String required(String field, String value, String messageKey) {
        return StepText.required(field, value, messageKey).orRefuse();
    }

    private void done(AppealRow a, SignedInUser user, AppealAction action, AppealStatus to, String note) {
        steps.record(a, user, action, to, note);
    }

    private void done(AppealRow a, String actorLabel, Long department, AppealAction action, AppealStatus to, String note) {
        steps.record(a, actorLabel, department, action, to, note);
    }

    void event(long appealId, String action, String actor, Long department, String note) {
        steps.event(appealId, action, actor, department, note);
    }

    private void tellRequester(AppealRow a, String title) {
        notices.tellRequester(a, title);
    }

    private void tellDepartment(long department, AppealRow a, String title) {
        notices.tellDepartment(department, a, title);
    }

    private void tellOffice(AppealRow a, String title) {
        notices.tellOffice(a, title);
    }

    private void claim(AppealRow a, SignedInUser user) {
        steps.claim(a, user);
    }

    int requestedExtensionDays(long id) {
        return store.requestedExtensionDays(id);
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
