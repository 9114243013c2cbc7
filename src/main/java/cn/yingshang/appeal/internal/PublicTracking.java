package cn.yingshang.appeal.internal;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import org.springframework.stereotype.Component;

/**
 * 信息公开 → 查询诉求: a requester without an account finds their appeal by its tracking number and
 * the last four digits of the phone they gave. A wrong number and a wrong proof get the same answer,
 * so the lookup does not tell whether a tracking number exists. Guessing is bounded twice: each
 * client may try {@value #PER_CLIENT} times per {@value #CLIENT_WINDOW_MINUTES} minutes, and each
 * tracking number may fail {@value #PER_NUMBER} times per hour, after which even the right digits
 * are refused until the hour has passed — 5 of 10,000 possible endings per hour.
 * Anonymous reports left no phone and cannot be looked up.
 */
@Component
class PublicTracking {

    static final int PER_CLIENT = 20;
    static final int CLIENT_WINDOW_MINUTES = 10;
    static final int PER_NUMBER = 5;

    /** Actions shown to the requester; internal steps (reminders, grants, opinions, requests) are not. */
    private static final Set<String> PUBLIC_ACTIONS = Set.of("SUBMIT", "ACCEPT", "DECLINE", "DISPATCH", "RECORD_STEP",
            "APPROVE_EXTENSION", "RESUME", "REPLY", "RATE", "REOPEN", "RETURN_VISIT", "MERGE");
    /** Actions whose note is addressed to the requester; other notes stay inside the government. */
    private static final Set<String> PUBLIC_NOTES = Set.of("DECLINE", "RECORD_STEP", "APPROVE_EXTENSION", "REPLY", "RATE",
            "REOPEN", "MERGE");

    enum Outcome { FOUND, NOT_MATCHED, TOO_MANY_ATTEMPTS }

    record Result(Outcome outcome, AppealRow appeal) {
    }

    record PublicEntry(String at, String action, String department, String note) {
    }

    /** What the requester sees: status, time left, the public timeline, their own identity masked. */
    record View(AppealRow appeal, String typeLabel, String categoryName, String statusLabel, String maskedName,
                String maskedPhone, LocalDate dueOn, Integer remainingDays, String alert, String alertLabel,
                List<PublicEntry> timeline, boolean mayRate, boolean mayReopen, String ratingLabel) {
    }

    private final AppealService appeals;
    private final IdentityCipher cipher;
    private final Categories categories;
    private final Clock clock;
    private final AttemptLimiter perClient;
    private final AttemptLimiter perNumber;

    PublicTracking(AppealService appeals, IdentityCipher cipher, Categories categories, Clock clock) {
        this.appeals = appeals;
        this.cipher = cipher;
        this.categories = categories;
        this.clock = clock;
        this.perClient = new AttemptLimiter(PER_CLIENT, Duration.ofMinutes(CLIENT_WINDOW_MINUTES), clock);
        this.perNumber = new AttemptLimiter(PER_NUMBER, Duration.ofHours(1), clock);
    }

    Result lookup(String trackingNumber, String phoneLast4, String client) {
        String number = trackingNumber == null ? "" : trackingNumber.strip().toUpperCase(Locale.ROOT);
        String proof = phoneLast4 == null ? "" : phoneLast4.strip();
        // both limits are taken before the lookup, so parallel guesses cannot all pass a check made before any is counted
        if (!perClient.tryAcquire(client)) {
            return new Result(Outcome.TOO_MANY_ATTEMPTS, null);
        }
        if (!perNumber.tryAcquire(number)) {
            perClient.release(client);
            return new Result(Outcome.TOO_MANY_ATTEMPTS, null);
        }
        Optional<AppealRow> found = number.matches("[A-Z]{2}[0-9]{8,20}") ? appeals.findByTrackingNumber(number) : Optional.empty();
        if (found.isPresent() && proves(found.get(), proof)) {
            perNumber.release(number); // only failures count against a number
            return new Result(Outcome.FOUND, found.get());
        }
        return new Result(Outcome.NOT_MATCHED, null);
    }

    private boolean proves(AppealRow a, String proof) {
        if (a.anonymous() || !proof.matches("[0-9]{4}")) {
            return false;
        }
        String phone = cipher.decrypt(a.phoneEnc());
        if (phone == null) {
            return false;
        }
        String digits = phone.replaceAll("[^0-9]", "");
        if (digits.length() < 4) {
            return false;
        }
        return MessageDigest.isEqual(digits.substring(digits.length() - 4).getBytes(StandardCharsets.US_ASCII),
                proof.getBytes(StandardCharsets.US_ASCII));
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
                case "WARNING" -> "即将到期";
                case "OVERDUE" -> "已超期";
                case "PAUSED" -> "已中止计时";
                default -> "正常";
            };
        }
        List<PublicEntry> timeline = appeals.timelineRows(a.id()).stream()
                .filter(e -> PUBLIC_ACTIONS.contains(e.action()))
                .map(e -> new PublicEntry(e.at(), AppealService.actionLabel(e.action()), e.department(),
                        PUBLIC_NOTES.contains(e.action()) ? e.note() : null))
                .toList();
        boolean own = a.requesterAccountId() == null;
        return new View(a, a.type().label(), categories.nameOf(a.category()), a.status().label(),
                Masking.name(cipher.decrypt(a.nameEnc())), Masking.phone(cipher.decrypt(a.phoneEnc())), a.dueOn(), remaining,
                alert, alertLabel, timeline,
                own && AppealWorkflow.available(a.status(), Set.of(Actor.REQUESTER)).contains(AppealAction.RATE),
                own && AppealWorkflow.available(a.status(), Set.of(Actor.REQUESTER)).contains(AppealAction.REOPEN),
                AppealService.ratingLabel(a.resolution(), a.satisfaction()));
    }
}
