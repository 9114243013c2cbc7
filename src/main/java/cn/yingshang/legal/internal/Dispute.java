package cn.yingshang.legal.internal;

import java.math.BigDecimal;
import java.time.LocalDate;

/** An enterprise's request for mediation, arbitration, legal aid or foreign-related advice, and what the body did with it. */
public record Dispute(long id, String reference, String creditCode, String enterprise, String channel, String subject,
                      String counterparty, String claim, BigDecimal amount, long departmentId, LocalDate filedOn,
                      LocalDate acceptDue, String acceptLimit, LocalDate concludeDue, String concludeLimit, String status,
                      String handledBy, LocalDate acceptedOn, String refusal, String outcome, String outcomeNote, LocalDate concludedOn) {

    /** Accepted or refused after the due day, or still waiting after it. */
    public boolean acceptLate(LocalDate today) {
        if (acceptDue == null) {
            return false;
        }
        LocalDate decided = "SUBMITTED".equals(status) ? today : acceptedOn != null ? acceptedOn : concludedOn;
        return LegalTimeLimit.late(acceptDue, decided == null ? today : decided);
    }

    public boolean concludeLate(LocalDate today) {
        if (concludeDue == null || "REFUSED".equals(status)) {
            return false;
        }
        return LegalTimeLimit.late(concludeDue, concludedOn == null ? today : concludedOn);
    }

    /** Days from filing to conclusion (the duration the office reads), null while open. */
    public Long days() {
        return concludedOn == null ? null : java.time.temporal.ChronoUnit.DAYS.between(filedOn, concludedOn);
    }
}
