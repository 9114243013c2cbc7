package cn.yingshang.legal.internal;

import java.math.BigDecimal;
import java.time.LocalDate;

/** A judgment followed until performed; its id names the court's entry in the credit module. */
@cn.yingshang.shared.DomainType
public record Judgment(long id, long courtId, String caseNumber, String creditorName, String debtorCreditCode, String debtorName,
                       String debtorKind, BigDecimal amount, LocalDate judgedOn, String status, LocalDate listedOn,
                       LocalDate performedOn, LocalDate repairedOn) {

    String sourceRecordId() {
        return "legal-judgment-" + id;
    }
}
