package cn.yingshang.legal.internal;

import java.time.LocalDate;

/** The market entity a court registered as the administrator of a case, with the number of its appointment decision. */
public record AdministratorAccess(long caseId, String creditCode, String entityName, String decisionNumber, LocalDate grantedOn) {
}
