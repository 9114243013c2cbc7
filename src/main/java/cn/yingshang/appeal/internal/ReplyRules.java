package cn.yingshang.appeal.internal;

import static cn.yingshang.appeal.internal.AppealText.text;

import cn.yingshang.shared.DomainType;
import cn.yingshang.shared.DomainViolation;
import cn.yingshang.shared.WorkingDayCalendar;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * The lead department's reply: its own text with every assisting department's opinion appended,
 * late when given after the due date, and the working days it took from dispatch (for the figures).
 */
@DomainType
final class ReplyRules {

    private ReplyRules() {
    }

    record Reply(String text, boolean late, int handlingDays) {
    }

    static RuleOutcome<Reply> reply(String reply, List<AppealReading.AssistOpinion> opinions, LocalDate dueOn,
                                    LocalDate dispatchedOn, LocalDate today, WorkingDayCalendar calendar) {
        List<DomainViolation> found = new ArrayList<>();
        String own = StepText.required(found, "reply", reply, "appeal.violation.reply");
        if (own == null) {
            return RuleOutcome.of(null, found);
        }
        StringBuilder full = new StringBuilder(own);
        for (AppealReading.AssistOpinion o : opinions) {
            if (o.opinion() != null) {
                full.append(text("appeal.note.reply.opinion", o.department(), o.opinion()));
            }
        }
        return RuleOutcome.of(new Reply(full.toString(), dueOn != null && today.isAfter(dueOn),
                dispatchedOn == null ? 0 : Math.max(0, calendar.workingDaysBetween(dispatchedOn, today))), found);
    }
}
