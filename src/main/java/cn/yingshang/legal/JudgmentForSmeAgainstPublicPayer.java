package cn.yingshang.legal;

import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * A court entered a judgment for a small or medium enterprise against a Party or government body, a public
 * institution or a state-owned enterprise (002 #31: 依法办理拖欠中小微企业账款案件; 004 #48). The arrears
 * ledger takes it as a claim (000 §32: arrears reported and cleared), once per judgment: {@code reference}
 * names it ({@code legal-judgment-<id>}). {@code debtorKind} is PUBLIC_BODY or STATE_OWNED.
 */
public record JudgmentForSmeAgainstPublicPayer(String reference, String courtName, String caseNumber, String creditorCreditCode,
                                               String creditorName, String debtorCreditCode, String debtorName, String debtorKind,
                                               BigDecimal amount, LocalDate judgedOn) {
}
