package cn.yingshang.appeal.internal;

import static cn.yingshang.appeal.internal.AppealText.text;

import cn.yingshang.platform.AuditLog;
import cn.yingshang.platform.FileKind;
import cn.yingshang.platform.SignedInUser;
import cn.yingshang.reference.WorkingCalendars;
import cn.yingshang.registry.MarketEntities;
import cn.yingshang.registry.MarketEntity;
import cn.yingshang.shared.CreditCode;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * Someone raises an appeal, through any channel (portal, public form, staff for a caller, 12345,
 * another module): the rules are {@link SubmissionRules}; the identity is stored encrypted, with a
 * keyed hash of the code or phone to find the same requester's earlier appeals.
 */
@Service
class SubmittingAppeal {

    static final int MAX_FILES = 5;
    static final int MAX_FILE_BYTES = 1024 * 1024;
    static final int MAX_CONTENT = StepText.MAX;
    static final Set<FileKind> ATTACHMENT_KINDS = EnumSet.allOf(FileKind.class);

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

    /** What an enterprise writes on the portal or sends to the API; who it is comes from its account and the registry. */
    record EnterpriseMatter(String type, String category, String title, String content, String phone) {
    }

    private final IdentityCipher cipher;
    private final TimeLimits limits;
    private final Categories categories;
    private final WorkingCalendars calendars;
    private final Clock clock;
    private final IntakeStore intakeStore;
    private final GroupCommit groupCommit;
    private final MarketEntities entities;
    private final byte[] keyForHash;

    SubmittingAppeal(IdentityCipher cipher, TimeLimits limits, Categories categories, WorkingCalendars calendars, Clock clock,
                     IntakeStore intakeStore, GroupCommit groupCommit, MarketEntities entities, @Value("${yingshang.appeal.requester-hash-key}") String hashKey) {
        this.cipher = cipher;
        this.limits = limits;
        this.categories = categories;
        this.calendars = calendars;
        this.clock = clock;
        this.intakeStore = intakeStore;
        this.groupCommit = groupCommit;
        this.entities = entities;
        // its own key, not the data key: the hashes must survive a data-key rotation, and a leaked
        // hash key must not open identities (checked at start-up by ProductionConfigurationCheck)
        this.keyForHash = HexFormat.of().parseHex(hashKey.strip());
    }

    /**
     * Validates everything first (a rejected submission stores nothing), then stores appeal,
     * attachments, first timeline entry and audit entry in one transaction, and returns only after
     * that transaction committed.
     */
    Receipt submit(Submission s, String actorLabel) {
        SubmissionRules.Checked c = check(s);
        LocalDate today = LocalDate.now(clock);
        TimeLimits.Limits l = limits.forAppeal(c.type(), s.category());
        Deadline dispatch = Deadline.of(calendars.forRegion(c.region()), today, l.dispatchDays());
        String key = c.code() != null ? hash(c.code()) : c.phone() != null ? hash(c.phone()) : null;
        IntakeStore.PreparedAppeal prepared = new IntakeStore.PreparedAppeal(c.ticket(), c.type(), s.category(), s.channel(),
                c.region().code(), c.title(), c.content(), c.anonymous(), cipher.encrypt(c.name()), cipher.encrypt(c.phone()),
                cipher.encrypt(c.code()), s.requesterAccountId(), key, dispatch, clock.instant(), today, c.files(), actorLabel,
                text("appeal.note.submitted", s.channel().label(), c.type().label(), categories.nameOf(s.category())),
                AuditLog.currentActor());
        // inside a caller's transaction the appeal must commit or roll back with it; otherwise share a commit with others
        return TransactionSynchronizationManager.isActualTransactionActive()
                ? intakeStore.storeAll(List.of(prepared)).getFirst()
                : groupCommit.submit(prepared);
    }

    /**
     * An enterprise's own appeal (portal or API): named as the registry knows it, in its region
     * (Urumqi when the registry does not know it yet), linked to the account that raised it.
     */
    Receipt submitByEnterprise(SignedInUser user, EnterpriseMatter m, String ticket, List<Attachment> files) {
        MarketEntity entity = entities.find(CreditCode.of(user.creditCode())).orElse(null);
        return submit(new Submission(m.type(), m.category(), m.title(), m.content(), entity == null ? user.displayName() : entity.name(),
                m.phone(), user.creditCode(), false, entity == null ? UNKNOWN_REGION : entity.region().code(), Channel.PORTAL, ticket,
                user.accountId(), files), text("appeal.actor.requester"));
    }

    private static final String UNKNOWN_REGION = "650100";

    /** Checks a submission without storing it; throws {@link AppealRefusals} listing every broken rule. */
    SubmissionRules.Checked check(Submission s) {
        boolean categoryActive = categories.find(s.category()).filter(Categories.Category::active).isPresent();
        SubmissionRules.Outcome outcome = SubmissionRules.check(s, categoryActive);
        AppealRefusals.throwIfAny(outcome.refusals());
        return outcome.checked();
    }

    private String hash(String value) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(keyForHash, "HmacSHA256"));
            return HexFormat.of().formatHex(mac.doFinal(value.strip().toUpperCase(Locale.ROOT).getBytes(StandardCharsets.UTF_8)));
        } catch (java.security.GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    static String blankToNull(String s) {
        return StepText.optional(s);
    }
}
