package cn.yingshang.appeal.internal;

import static cn.yingshang.appeal.internal.AppealText.text;

import cn.yingshang.platform.SignedInUser;
import java.util.EnumSet;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A replied appeal is closed by the requester's rating: given on the enterprise portal, on 信息公开
 * after proving the appeal is theirs, through the office's return visit for phone appeals, or by the
 * 12345 system's own return visit.
 */
@Service
class RatingAppeal {

    private final AppealSteps steps;
    private final AppealStore store;
    private final AppealNotices notices;

    RatingAppeal(AppealSteps steps, AppealStore store, AppealNotices notices) {
        this.steps = steps;
        this.store = store;
        this.notices = notices;
    }

    @Transactional
    void rate(long id, SignedInUser user, String resolution, String satisfaction) {
        AppealRow a = steps.require(id);
        rate(a, steps.next(a, user, AppealAction.RATE), AppealSteps.label(user), resolution, satisfaction);
    }

    /**
     * A requester without an account who proved on 信息公开 that the appeal is theirs (tracking number
     * and phone digits, see PublicTracking) rates it as a signed-in requester would. Appeals raised
     * from an account are rated from that account only.
     */
    @Transactional
    void rateByVerifiedRequester(long id, String resolution, String satisfaction) {
        AppealRow a = steps.requireWithoutAccount(id);
        rate(a, AppealWorkflow.next(a.status(), AppealAction.RATE, EnumSet.of(Actor.REQUESTER)), AppealSteps.VERIFIED_REQUESTER,
                resolution, satisfaction);
    }

    private void rate(AppealRow a, AppealStatus to, String actorLabel, String resolution, String satisfaction) {
        RatingRules.Rating rating = RatingRules.rating(resolution, satisfaction).orRefuse();
        close(a, rating, to);
        steps.record(a, actorLabel, null, AppealAction.RATE, to, rating.label());
        if (a.leadDepartmentId() != null) {
            notices.tellDepartment(a.leadDepartmentId(), a, text("appeal.notice.rated", rating.label()));
        }
    }

    /** The office's return visit records the requester's answer for phone appeals. */
    @Transactional
    void returnVisit(long id, SignedInUser user, String resolution, String satisfaction, String note) {
        AppealRow a = steps.require(id);
        AppealStatus to = steps.next(a, user, AppealAction.RETURN_VISIT);
        RatingRules.Rating rating = RatingRules.rating(resolution, satisfaction).orRefuse();
        close(a, rating, to);
        steps.record(a, user, AppealAction.RETURN_VISIT, to, RatingRules.visitNote(rating, note));
    }

    /**
     * The 12345 system's own return visit (回访结果): on a replied appeal it is the rating, as the
     * office's return visit would be; on an appeal already rated or reopened it is recorded in the
     * timeline only, so the hotline's finding is never lost and never overrides the requester.
     */
    @Transactional
    AppealStatus hotlineReturnVisit(AppealRow a, String actorLabel, String resolution, String satisfaction, String note) {
        String visit = RatingRules.ratingLabel(resolution, satisfaction)
                + (note == null || note.isBlank() ? "" : text("appeal.note.separator") + note.strip());
        if (a.status() == AppealStatus.REPLIED) {
            AppealStatus to = AppealWorkflow.next(a.status(), AppealAction.RETURN_VISIT, EnumSet.of(Actor.OFFICE));
            close(a, RatingRules.rating(resolution, satisfaction).orRefuse(), to);
            steps.record(a, actorLabel, null, AppealAction.RETURN_VISIT, to, visit);
            return to;
        }
        steps.event(a.id(), AppealAction.RETURN_VISIT.name(), actorLabel, null, visit);
        return a.status();
    }

    private void close(AppealRow a, RatingRules.Rating rating, AppealStatus to) {
        store.rate(a.id(), rating, steps.today());
        steps.move(a, to);
    }
}
