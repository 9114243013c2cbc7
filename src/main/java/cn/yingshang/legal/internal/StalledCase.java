package cn.yingshang.legal.internal;

import java.time.LocalDate;

/** A long-pending criminal case involving an enterprise (涉企"挂案", 002 #28), on the clearing ledger. */
@cn.yingshang.shared.DomainType
public record StalledCase(long id, String reference, String caseNumber, long leadBodyId, Long procuratorateId, String creditCode,
                   String enterpriseName, String offence, LocalDate registeredOn, String status, LocalDate clearBy,
                   Long listedById, LocalDate listedOn, LocalDate closedOn, String outcome) {

    public boolean overdue(LocalDate today) {
        return !"CLOSED".equals(status) && LegalTimeLimit.late(clearBy, today);
    }
}
