package cn.yingshang.finance.internal;

import cn.yingshang.platform.DepartmentId;
import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * An SME's request that a public payer confirm a receivable (确权, 001 §14 (六)); the payer's
 * supervising department answers. Amount in 元.
 */
@cn.yingshang.shared.DomainType
record Confirmation(long id, String creditCode, String entityName, String payerName, DepartmentId department,
                    String contractName, BigDecimal amount, String status, LocalDate requestedOn, LocalDate dueOn,
                    LocalDate answeredOn, String answerReason, String appealTracking) {

    public boolean requested() {
        return "REQUESTED".equals(status);
    }

    /**
     * Refused, or left unanswered past its limit (a refusal without reason), and not yet raised as an
     * arrears appeal: the enterprise may raise it.
     */
    public boolean escalable() {
        return ("REFUSED".equals(status) || "LAPSED".equals(status)) && appealTracking == null;
    }

    public boolean late(LocalDate today) {
        return (answeredOn == null ? today : answeredOn).isAfter(dueOn);
    }

    public String statusKey() {
        return "finance.confirmation.status." + status;
    }
}
