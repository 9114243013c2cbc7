package cn.yingshang.legal.internal;

import cn.yingshang.platform.QrCode;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.springframework.stereotype.Component;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

/**
 * What pages show of appraisals: a case's list with each code's QR (called from the case page after
 * the case's own access check), and the public check by code.
 */
@Component("appraisalViews")
public class AppraisalViews {

    /** A line on the case page. */
    public record Line(Appraisal a, String checkUrl, String qr) {
    }

    /** What anyone holding the code sees: genuineness and progress, not the parties or the conclusion. */
    public record Check(String code, boolean genuine, String status, String subject, String court, String institution,
                        String reportNumber, String fingerprint, java.time.LocalDate requestedOn,
                        java.time.LocalDate commissionedOn, java.time.LocalDate issuedOn) {
    }

    private final Appraisals appraisals;
    private final PoliticalLegalBodies bodies;
    private final LegalMessages messages;

    AppraisalViews(Appraisals appraisals, PoliticalLegalBodies bodies, LegalMessages messages) {
        this.appraisals = appraisals;
        this.bodies = bodies;
        this.messages = messages;
    }

    public List<Line> ofCase(long caseId) {
        return appraisals.ofCase(caseId).stream().map(a -> {
            String url = ServletUriComponentsBuilder.fromCurrentContextPath().path("/public/appraisals")
                    .queryParam("code", a.code()).toUriString();
            return new Line(a, url, QrCode.svg(url, messages.text("legal.appraisal.qr", a.code())));
        }).toList();
    }

    public String basis() {
        return messages.basis(AppraisingOnline.BASIS);
    }

    Check check(String code) {
        String normalised = code == null ? "" : code.strip().toUpperCase(Locale.ROOT);
        Optional<Appraisal> found = normalised.length() > 40 ? Optional.empty() : appraisals.byCode(normalised);
        return found.map(a -> new Check(a.code(), true, a.status(), a.subject(), bodies.name(a.courtId()), a.institution(),
                        a.reportNumber(), a.reportDigest(), a.requestedOn(), a.commissionedOn(), a.issuedOn()))
                .orElseGet(() -> new Check(normalised, false, null, null, null, null, null, null, null, null, null));
    }
}
