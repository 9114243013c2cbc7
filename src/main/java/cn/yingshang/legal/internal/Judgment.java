package cn.yingshang.legal.internal;

import java.math.BigDecimal;
import java.time.LocalDate;

/** A judgment followed until performed; its id names the court's entry in the credit module. */
@cn.yingshang.shared.DomainType
public record Judgment(long id, long courtId, String caseNumber, String creditorName, String debtorCreditCode, String debtorName,
                       String debtorKind, BigDecimal amount, LocalDate judgedOn, String status, LocalDate listedOn,
                       LocalDate performedOn, LocalDate repairedOn, String creditorCreditCode) {

    /** A Party or government body or a state-owned enterprise (002 #31): its refusal is a government-integrity record. */
    public boolean answersForGovernmentIntegrity() {
        return "PUBLIC_BODY".equals(debtorKind) || "STATE_OWNED".equals(debtorKind);
    }

    /** Public bodies are not entered on the enterprise dishonesty list; enterprises, state-owned ones included, are. */
    public boolean onDefaulterList() {
        return !"PUBLIC_BODY".equals(debtorKind);
    }

    /** The status as people read it: a public body's refusal is recorded, not a dishonesty listing. */
    public String statusKey() {
        return "DEFAULTER_LISTED".equals(status) && "PUBLIC_BODY".equals(debtorKind) ? "INTEGRITY_RECORDED" : status;
    }

    String sourceRecordId() {
        return "legal-judgment-" + id;
    }
}
