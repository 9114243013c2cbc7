package cn.yingshang.appeal.internal;

import cn.yingshang.platform.AttemptLimits;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * 信息公开 → 查询诉求: a requester without an account finds their appeal by its public tracking code
 * and the access code given on the receipt ({@link TrackingCodes}); the internal sequential tracking
 * number finds nothing here. An unknown code and a wrong access code get the same answer, so the
 * lookup does not tell whether a code exists. Input that cannot be a code is answered at once and
 * counts as no attempt. Guessing is bounded in PostgreSQL ({@link AttemptLimits}, so the bounds hold
 * on every node): each client may try {@code yingshang.appeal.tracking.per-client} times per 10
 * minutes (20 by default), and each client may fail on one code
 * {@code yingshang.appeal.tracking.per-client-and-code} times per hour (5). There is deliberately no
 * limit per code alone: whoever guesses wrong never locks out the holder of the right access code,
 * and 40 random bits leave nothing to gain by guessing from many addresses. A successful lookup is
 * not counted. Anonymous reports get codes too: following one needs no identity.
 */
@Component
class PublicTracking {

    /** Actions shown to the requester; internal steps (reminders, grants, opinions, requests) are not. */
    static final Set<String> PUBLIC_ACTIONS = Set.of("SUBMIT", "ACCEPT", "DECLINE", "DISPATCH", "RECORD_STEP",
            "APPROVE_EXTENSION", "RESUME", "REPLY", "RATE", "REOPEN", "RETURN_VISIT", "MERGE");
    /** Actions whose note is addressed to the requester; other notes stay inside the government. */
    static final Set<String> PUBLIC_NOTES = Set.of("DECLINE", "RECORD_STEP", "APPROVE_EXTENSION", "REPLY", "RATE",
            "REOPEN", "MERGE");

    enum Outcome { FOUND, NOT_MATCHED, MALFORMED, TOO_MANY_ATTEMPTS }

    /** {@code proof} is the canonical (code, access code) pair that was proven, for the page's next request. */
    record Result(Outcome outcome, AppealRow appeal, Proof proof) {
    }

    /** What the requester typed, in canonical form. */
    record Proof(String code, String accessCode) {
    }

    record PublicEntry(String at, String action, String department, String note) {
    }

    /** What the requester sees: status, time left, the public timeline, their own identity masked. */
    record View(AppealRow appeal, String publicCode, String typeLabel, String categoryName, String statusLabel, String maskedName,
                String maskedPhone, LocalDate dueOn, Integer remainingDays, String alert, String alertLabel,
                List<PublicEntry> timeline, boolean mayRate, boolean mayReopen, String ratingLabel) {
    }

    private final AppealSteps appeals;
    private final AppealReading reading;
    private final IdentityCipher cipher;
    private final Categories categories;
    private final Clock clock;
    private final JdbcClient jdbc;
    private final AttemptLimits limits;
    private final AttemptLimits.Limit perClient;
    private final AttemptLimits.Limit perClientAndCode;

    PublicTracking(AppealSteps appeals, AppealReading reading, IdentityCipher cipher, Categories categories, Clock clock, JdbcClient jdbc,
                   AttemptLimits limits,
                   @Value("${yingshang.appeal.tracking.per-client:20}") int perClient,
                   @Value("${yingshang.appeal.tracking.per-client-and-code:5}") int perClientAndCode) {
        this.appeals = appeals;
        this.reading = reading;
        this.cipher = cipher;
        this.categories = categories;
        this.clock = clock;
        this.jdbc = jdbc;
        this.limits = limits;
        this.perClient = new AttemptLimits.Limit("appeal-tracking-client", perClient, Duration.ofMinutes(10));
        this.perClientAndCode = new AttemptLimits.Limit("appeal-tracking-client-code", perClientAndCode, Duration.ofHours(1));
    }

    Result lookup(String typedCode, String typedAccessCode, String client) {
        String code = TrackingCodes.publicCode(typedCode);
        String access = TrackingCodes.accessCode(typedAccessCode);
        if (code == null || access == null) {
            return new Result(Outcome.MALFORMED, null, null);
        }
        // both limits are taken before the lookup, so parallel guesses cannot all pass a check made before any is counted
        if (!limits.tryAcquire(perClient, client)) {
            return new Result(Outcome.TOO_MANY_ATTEMPTS, null, null);
        }
        String clientAndCode = client + " " + code;
        if (!limits.tryAcquire(perClientAndCode, clientAndCode)) {
            limits.release(perClient, client);
            return new Result(Outcome.TOO_MANY_ATTEMPTS, null, null);
        }
        Optional<Long> id = jdbc.sql("SELECT id, access_code_hash FROM appeal WHERE public_code = :c")
                .param("c", code)
                .query((rs, n) -> TrackingCodes.matches(rs.getString("access_code_hash"), code, access) ? rs.getLong("id") : -1L)
                .optional().filter(x -> x > 0);
        if (id.isPresent()) {
            limits.release(perClientAndCode, clientAndCode); // only failures count
            limits.release(perClient, client);
            return new Result(Outcome.FOUND, appeals.require(id.get()), new Proof(code, access));
        }
        return new Result(Outcome.NOT_MATCHED, null, null);
    }

    /** The stored public code of an appeal (for receipts and other modules' progress pages). */
    String of(long appealId) {
        return jdbc.sql("SELECT public_code FROM appeal WHERE id = :id").param("id", appealId).query(String.class).optional().orElse(null);
    }

    View view(AppealRow a) {
        LocalDate today = LocalDate.now(clock);
        Integer remaining = null;
        String alert = "NORMAL";
        String alertLabel = "—";
        if (a.status().open() && a.dueOn() != null && a.warnOn() != null) {
            Deadline d = a.deadline();
            remaining = d.remaining(appeals.calendar(a), today);
            alert = a.status() == AppealStatus.PAUSED ? "PAUSED" : d.alertOn(today).name();
            alertLabel = switch (alert) {
                case "WARNING" -> AppealText.text("appeal.public.alert.WARNING");
                case "OVERDUE" -> AppealText.text("appeal.public.alert.OVERDUE");
                case "PAUSED" -> AppealText.text("appeal.alert.PAUSED");
                default -> AppealText.text("appeal.alert.NORMAL");
            };
        }
        List<PublicEntry> timeline = reading.timelineRows(a.id()).stream()
                .filter(e -> PUBLIC_ACTIONS.contains(e.action()))
                .map(e -> new PublicEntry(e.at(), AppealReading.actionLabel(e.action()), e.department(),
                        PUBLIC_NOTES.contains(e.action()) ? e.note() : null))
                .toList();
        boolean own = a.requesterAccountId() == null;
        return new View(a, TrackingCodes.displayPublic(of(a.id())), a.type().label(), categories.nameOf(a.category()), a.status().label(),
                Masking.name(cipher.decrypt(a.nameEnc())), Masking.phone(cipher.decrypt(a.phoneEnc())), a.dueOn(), remaining,
                alert, alertLabel, timeline,
                own && AppealWorkflow.available(a.status(), Set.of(Actor.REQUESTER)).contains(AppealAction.RATE),
                own && AppealWorkflow.available(a.status(), Set.of(Actor.REQUESTER)).contains(AppealAction.REOPEN),
                RatingRules.ratingLabel(a.resolution(), a.satisfaction()));
    }
}
