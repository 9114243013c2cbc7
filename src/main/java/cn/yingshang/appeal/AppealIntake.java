package cn.yingshang.appeal;

import cn.yingshang.shared.RegionCode;
import java.time.LocalDate;
import java.util.Optional;

/**
 * Lets other modules raise an appeal on someone's behalf — a policy payout objection (003 §36), a
 * supervisor's observation (000 §8) — so it runs the same loop, time limits and figures as any
 * other appeal, and lets them follow what became of it.
 */
public interface AppealIntake {

    /** Who raised it inside the platform; decides the channel shown on the timeline. */
    enum Source {
        /** an objection to a published policy payout list */
        POLICY_OBJECTION,
        /** an observation filed by an appointed business-environment supervisor */
        SUPERVISOR,
        /** a service case that cannot be done, raised at the 办不成事 window (000 §20) with the case attached */
        HARD_CASE_WINDOW,
        /** a public payer refused to confirm an SME's receivable without a reason, or let the request lapse (001 §14 (六)) */
        RECEIVABLE_CONFIRMATION,
        /** a complaint about a procuratorate received by the 12309 检察服务中心 (002 #48) */
        PROCURATORATE_12309,
        /** a complaint about a court received by the 12368 诉讼服务热线 (002 #48) */
        COURT_12368,
        /** a complaint about the police received by the 新疆公安监督举报平台 (002 #48) */
        POLICE_REPORTING
    }

    /**
     * An appeal to open. {@code type} is one of CONSULTATION, HELP, SUGGESTION, COMPLAINT, REPORT,
     * PRAISE; {@code category} a configured appeal category code (e.g. FEES, OTHER). The requester's
     * name and phone are required; they are encrypted and masked like any requester's.
     */
    record NewAppeal(Source source, String type, String category, String title, String content, String requesterName,
                     String requesterPhone, String requesterCreditCode, RegionCode region, Long requesterAccountId) {
    }

    /**
     * {@code trackingNumber} is the internal number staff use; the requester follows the appeal on
     * 信息公开 (/public/appeals/track) with {@code publicCode} and {@code accessCode}, both formatted
     * for reading out. The access code is given only here, once.
     */
    record Receipt(long id, String trackingNumber, String publicCode, String accessCode) {
    }

    /** Where an appeal stands, without the requester's identity; {@code publicCode} is formatted for display. */
    record Progress(long id, String trackingNumber, String publicCode, String status, String statusLabel, LocalDate dueOn,
                    String reply, String link) {
    }

    /**
     * Stores the appeal and its first timeline entry; throws {@link cn.yingshang.shared.DomainViolation}
     * with a Chinese message when a field is invalid, storing nothing.
     */
    Receipt submit(NewAppeal appeal, String actorLabel);

    /**
     * Stores the appeal like {@link #submit} and at once routes it to {@code leadDepartmentId} on the
     * reply clock of its type and category, as the platform (no office step): a complaint that arrived
     * on a body's own channel goes to the body that must answer it. {@code externalTicket} (at most 64
     * characters) makes it idempotent: the same ticket again returns the first appeal's receipt, without
     * the access code.
     */
    Receipt submitRouted(NewAppeal appeal, String externalTicket, long leadDepartmentId, String actorLabel);

    Optional<Progress> progress(String trackingNumber);

    /** What the arrears ledger needs of a 拖欠账款 appeal: the requester as given (decrypted), and the text. */
    record ArrearsReport(AppealId appealId, String trackingNumber, String requesterCreditCode, String requesterName,
                         String content) {
    }

    /** The requester and text of an appeal of category 拖欠账款; empty for any other appeal. */
    Optional<ArrearsReport> arrearsReport(AppealId appealId);
}
