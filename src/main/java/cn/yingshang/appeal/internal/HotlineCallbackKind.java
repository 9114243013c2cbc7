package cn.yingshang.appeal.internal;

/** What the hotline caller is told; the name is the {@code event} field of the callback. */
enum HotlineCallbackKind {
    ACCEPTED, DISPATCHED, EXTENDED, REPLIED, RATING_REQUESTED, REOPENED, CLOSED;

    /**
     * The callbacks one appeal action produces. An appeal dispatched straight from the intake queue
     * was accepted too; a reply asks the caller to rate it; declining, merging, rating and the
     * return visit close the ticket.
     */
    static java.util.List<HotlineCallbackKind> of(AppealStatus from, AppealAction action, AppealStatus to) {
        return switch (action) {
            case ACCEPT -> java.util.List.of(ACCEPTED);
            case DISPATCH -> from == AppealStatus.SUBMITTED ? java.util.List.of(ACCEPTED, DISPATCHED) : java.util.List.of(DISPATCHED);
            case APPROVE_EXTENSION -> java.util.List.of(EXTENDED);
            case REPLY -> java.util.List.of(REPLIED, RATING_REQUESTED);
            case REOPEN -> java.util.List.of(REOPENED);
            case DECLINE, MERGE, RATE, RETURN_VISIT -> to == AppealStatus.CLOSED || to == AppealStatus.DECLINED
                    || to == AppealStatus.MERGED ? java.util.List.of(CLOSED) : java.util.List.of();
            default -> java.util.List.of();
        };
    }
}
