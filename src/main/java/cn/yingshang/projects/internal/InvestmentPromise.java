package cn.yingshang.projects.internal;

import java.time.LocalDate;

/**
 * A condition promised to the investor, in writing (000 §16). {@code screenedArticle} is the
 * fair-competition article the content touched, kept when a legal basis made the promise lawful.
 */
@cn.yingshang.shared.DomainType
record InvestmentPromise(long id, long projectId, String content, String legalBasis, String promisedBy, LocalDate dueOn,
                         PromiseStatus status, String screenedStandard, String screenedArticle, LocalDate settledOn,
                         String brokenReason, Boolean bodyAtFault) {

    public boolean overdue(LocalDate today) {
        return status == PromiseStatus.PENDING && today.isAfter(dueOn);
    }
}
