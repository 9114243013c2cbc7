package cn.yingshang.legal.internal;

import java.time.LocalDate;

/** A judicial appraisal in a court case, under its unique code (002 #14). */
public record Appraisal(long id, String code, long courtCaseId, long courtId, String creditCode, String subject, String reason,
                        String status, LocalDate requestedOn, String institution, String institutionLicence, String materials,
                        LocalDate commissionedOn, String reportNumber, String conclusion, String reportDigest, LocalDate issuedOn) {

    static final String REQUESTED = "REQUESTED";
    static final String COMMISSIONED = "COMMISSIONED";
    static final String ISSUED = "ISSUED";
}
