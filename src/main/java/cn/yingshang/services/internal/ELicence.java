package cn.yingshang.services.internal;

import java.time.LocalDate;

/** An electronic licence as issued; {@code current} while it has not been revoked. */
@cn.yingshang.shared.DomainType
record ELicence(String code, long caseId, String itemCode, String itemName, String department, String creditCode,
                LocalDate issuedOn, String status, LocalDate revokedOn) {

    public boolean current() {
        return "VALID".equals(status);
    }
}
