package cn.yingshang.legal.internal;

import java.time.LocalDate;
import org.springframework.stereotype.Component;

/** A review finding as pages and the API show it: with its department's name, its kind in words and whether it is late. */
@Component
class EnforcementFindingRows {

    public record FindingRow(EnforcementFinding f, String departmentName, String kindLabel, boolean overdue, long daysLate) {
    }

    private final PoliticalLegalBodies bodies;
    private final LegalMessages messages;

    EnforcementFindingRows(PoliticalLegalBodies bodies, LegalMessages messages) {
        this.bodies = bodies;
        this.messages = messages;
    }

    FindingRow row(EnforcementFinding f, LocalDate today) {
        boolean overdue = f.overdue(today);
        return new FindingRow(f, bodies.name(f.departmentId()), kindLabel(f.kind()), overdue, overdue ? f.daysLate(today) : 0);
    }

    String kindLabel(FindingKind kind) {
        return messages.text("legal.review.kind." + kind.name());
    }
}
