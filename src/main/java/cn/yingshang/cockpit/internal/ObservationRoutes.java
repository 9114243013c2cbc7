package cn.yingshang.cockpit.internal;

import cn.yingshang.platform.Text;
import cn.yingshang.appeal.AppealIntake;
import cn.yingshang.shared.DomainViolation;
import org.springframework.stereotype.Component;

/**
 * Sends an observation where its kind says: through the appeal module's {@link AppealIntake} as an
 * appeal raised by a supervisor, or to the department as a rectification item; and reads back what
 * became of it for its author.
 */
@Component
class ObservationRoutes implements ObservationRouting {

    static final String APPEAL = "APPEAL";
    static final String RECTIFICATION = "RECTIFICATION";

    /** Appeals raised by supervisors are not about fees or certificates in particular; the office re-files them if they are. */
    private static final String APPEAL_CATEGORY = "OTHER";

    private final AppealIntake appeals;
    private final Rectifications rectifications;

    ObservationRoutes(AppealIntake appeals, Rectifications rectifications) {
        this.appeals = appeals;
        this.rectifications = rectifications;
    }

    @Override
    public Outcome route(Filed filed) {
        if (!filed.kind().becomesAppeal()) {
            Rectification r = rectifications.open(Rectification.Origin.OBSERVATION, filed.observationId(), filed.department(),
                    filed.region(), Text.of("cockpit.observation.rectificationIssue", filed.supervisorName(), filed.subject(), filed.detail()));
            return follow(RECTIFICATION, String.valueOf(r.id()));
        }
        String requester = Text.of("cockpit.observation.requester", filed.supervisorName());
        AppealIntake.Receipt receipt;
        try {
            receipt = appeals.submit(new AppealIntake.NewAppeal(AppealIntake.Source.SUPERVISOR, filed.kind().appealType(),
                    APPEAL_CATEGORY, filed.subject(), filed.detail() + "\n" + Text.of("cockpit.observation.appealNote", filed.department().name()),
                    requester, filed.phone(), null, filed.region(), filed.accountId()), requester);
        } catch (DomainViolation e) {
            // The appeal's own checks speak of its fields; the phone and title are the observation form's too.
            String field = switch (e.field() == null ? "" : e.field()) {
                case "phone" -> "phone";
                case "title" -> "subject";
                default -> "detail";
            };
            throw new DomainViolation(field, e.getMessage());
        }
        return follow(APPEAL, receipt.trackingNumber());
    }

    @Override
    public Outcome follow(String kind, String reference) {
        if (APPEAL.equals(kind)) {
            return appeals.progress(reference)
                    .map(p -> new Outcome(kind, reference, Text.of("cockpit.observation.appeal", p.trackingNumber()), p.statusLabel()
                            + (p.dueOn() == null ? "" : Text.of("cockpit.observation.replyDue", String.valueOf(p.dueOn()))), p.reply(), null))
                    .orElse(new Outcome(kind, reference, Text.of("cockpit.observation.appeal", reference), "—", null, null));
        }
        if (RECTIFICATION.equals(kind)) {
            Rectification r = rectifications.require(Long.parseLong(reference));
            return new Outcome(kind, reference, Text.of("cockpit.observation.rectification", r.id()),
                    Text.of("cockpit.observation.rectificationStatus", r.status().label(), String.valueOf(r.deadline())),
                    r.response(), "/cockpit/rectifications/" + r.id());
        }
        return new Outcome(kind, reference, reference, "—", null, null);
    }
}
