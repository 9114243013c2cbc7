package cn.yingshang.legal.internal;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/** A case an enterprise filed online through the green channel (002 #12–13). */
@cn.yingshang.shared.DomainType
public record CourtCase(long id, String reference, String creditCode, String enterpriseName, boolean privateEnterprise,
                 long courtId, CaseType caseType, Procedure procedure, String opponent, String claim, BigDecimal amount,
                 String arrearsReference, boolean mediationConsent, List<String> materials, CourtCaseStatus status,
                 LocalDate filedOn, LocalDate reviewDue, List<String> supplementMaterials, LocalDate supplementRequestedOn,
                 LocalDate supplyBy, LocalDate suppliedOn, LocalDate mediationStartedOn, LocalDate mediationDue,
                 LocalDate acceptedOn, LocalDate trialDue, String refusedReason, LocalDate closedOn, String outcome) {

    /** Arrears cases and cases of private enterprises are handled first (快立快审快执, 002 #31). */
    public boolean priority() {
        return caseType == CaseType.ARREARS || privateEnterprise;
    }

    public boolean awaitingReview() {
        return status == CourtCaseStatus.FILED;
    }
}
