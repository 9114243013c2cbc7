package cn.yingshang.appeal.internal;

import cn.yingshang.platform.SignedInUser;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** 信息公开: the office publishes a resolved appeal as an anonymised typical case; the summary is its own text. */
@Service
class PublishingCase {

    private final AppealSteps steps;
    private final AppealStore store;

    PublishingCase(AppealSteps steps, AppealStore store) {
        this.steps = steps;
        this.store = store;
    }

    @Transactional
    void publish(long id, SignedInUser user, String summary) {
        AppealRow a = steps.require(id);
        steps.next(a, user, AppealAction.PUBLISH_CASE);
        String s = CaseRules.publish(a.resolution(), summary).orRefuse();
        store.publishCase(id, s);
        steps.record(a, user, AppealAction.PUBLISH_CASE, a.status(), null);
    }
}
