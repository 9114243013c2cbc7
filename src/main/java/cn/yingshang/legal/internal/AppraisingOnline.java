package cn.yingshang.legal.internal;

import cn.yingshang.platform.AuditLog;
import cn.yingshang.platform.SignedInUser;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.LocalDate;
import java.util.HexFormat;
import java.util.NoSuchElementException;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Appraisal online (002 #14): the party applies in its accepted case, the court commissions an
 * institution and transfers the materials, and the report is issued under the code given at the
 * application, so the party can follow progress and anyone can check the report by code or QR.
 */
@Component
class AppraisingOnline {

    static final String BASIS = "002 #14";
    private static final int MAX_TEXT = 2000;
    private static final char[] ALPHABET = "0123456789ABCDEFGHJKMNPQRSTVWXYZ".toCharArray();
    private static final SecureRandom RANDOM = new SecureRandom();

    private final Appraisals appraisals;
    private final CourtCaseAccess access;
    private final LegalMessages messages;
    private final AuditLog audit;
    private final Clock clock;

    AppraisingOnline(Appraisals appraisals, CourtCaseAccess access, LegalMessages messages, AuditLog audit, Clock clock) {
        this.appraisals = appraisals;
        this.access = access;
        this.messages = messages;
        this.audit = audit;
        this.clock = clock;
    }

    @Transactional
    long request(long caseId, String subject, String reason, SignedInUser enterprise) {
        CourtCase c = access.ownCase(caseId, enterprise);
        if (c.status() != CourtCaseStatus.ACCEPTED) {
            throw messages.violation(null, "legal.appraisal.caseNotAccepted");
        }
        String s = required(subject, "subject", "legal.appraisal.subjectRequired");
        String r = required(reason, "reason", "legal.appraisal.reasonRequired");
        LocalDate today = LocalDate.now(clock);
        long id = appraisals.request(newCode(today), c, s, r, today)
                .orElseThrow(() -> messages.violation("subject", "legal.appraisal.duplicate"));
        audit.record("legal.appraisal.request", "legal_appraisal", String.valueOf(id), null, Appraisal.REQUESTED);
        return id;
    }

    @Transactional
    void commission(long caseId, long appraisalId, String institution, String licence, String materials, SignedInUser clerk) {
        access.handleable(caseId, clerk);
        Appraisal a = ofCase(caseId, appraisalId);
        String i = required(institution, "institution", "legal.appraisal.institutionRequired");
        String l = required(licence, "institutionLicence", "legal.appraisal.licenceRequired");
        String m = required(materials, "materials", "legal.appraisal.materialsRequired");
        appraisals.commission(a.id(), i, l, m, LocalDate.now(clock));
        audit.record("legal.appraisal.commission", "legal_appraisal", String.valueOf(a.id()), a.status(), Appraisal.COMMISSIONED);
    }

    @Transactional
    void issue(long caseId, long appraisalId, String reportNumber, String conclusion, SignedInUser clerk) {
        access.handleable(caseId, clerk);
        Appraisal a = ofCase(caseId, appraisalId);
        String n = required(reportNumber, "reportNumber", "legal.appraisal.reportNumberRequired");
        String c = required(conclusion, "conclusion", "legal.appraisal.conclusionRequired");
        LocalDate today = LocalDate.now(clock);
        appraisals.issue(a.id(), n, c, fingerprint(a.code(), n, a.institution(), c, today), today);
        audit.record("legal.appraisal.issue", "legal_appraisal", String.valueOf(a.id()), a.status(), Appraisal.ISSUED);
    }

    /**
     * The report's fingerprint, shown on the public check so a paper copy can be compared with what
     * the court recorded: any change to the number, institution, conclusion or date changes it.
     */
    static String fingerprint(String code, String reportNumber, String institution, String conclusion, LocalDate issuedOn) {
        try {
            byte[] d = MessageDigest.getInstance("SHA-256").digest(String.join("\n", code, reportNumber, institution, conclusion,
                    issuedOn.toString()).getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(d);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private Appraisal ofCase(long caseId, long appraisalId) {
        return appraisals.find(appraisalId).filter(a -> a.courtCaseId() == caseId)
                .orElseThrow(() -> new NoSuchElementException(messages.text("legal.appraisal.notFound")));
    }

    /** 60 random bits: the code is the key to the public progress page, so it must not be guessable. */
    private static String newCode(LocalDate today) {
        StringBuilder s = new StringBuilder("JD").append(today.getYear()).append('-');
        long bits = RANDOM.nextLong();
        for (int i = 0; i < 12; i++) {
            s.append(ALPHABET[(int) (bits & 31)]);
            bits >>>= 5;
        }
        return s.toString();
    }

    private String required(String value, String field, String key) {
        if (value == null || value.isBlank()) {
            throw messages.violation(field, key);
        }
        if (value.length() > MAX_TEXT) {
            throw messages.violation(field, "legal.compliance.tooLong", MAX_TEXT);
        }
        return value.strip();
    }
}
