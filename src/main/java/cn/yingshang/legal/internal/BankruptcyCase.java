package cn.yingshang.legal.internal;

import java.time.LocalDate;

/** A bankruptcy case accepted by a court (002 #32, 004 #41). */
public record BankruptcyCase(long id, String reference, long courtId, String caseNumber, String creditCode, String debtorName,
                             String procedure, boolean simplified, LocalDate acceptedOn, LocalDate claimsBy, LocalDate concludeBy,
                             String status, String administrator, String administratorReason, LocalDate concludedOn, String outcome) {

    public boolean late(LocalDate today) {
        return concludeBy != null && !"CONCLUDED".equals(status) && LegalTimeLimit.late(concludeBy, today);
    }

    public boolean open() {
        return !"CONCLUDED".equals(status);
    }
}
