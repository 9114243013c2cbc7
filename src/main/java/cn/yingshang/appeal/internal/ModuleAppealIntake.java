package cn.yingshang.appeal.internal;

import cn.yingshang.appeal.AppealIntake;
import java.util.List;
import java.util.Optional;
import org.springframework.stereotype.Component;

/** Other modules' way in: the same validation, storage and timeline as any channel. */
@Component
class ModuleAppealIntake implements AppealIntake {

    private final SubmittingAppeal submitting;
    private final AppealStore appeals;
    private final DispatchingAppeal dispatching;
    private final PublicTracking publicCodes;
    private final IdentityCipher cipher;

    ModuleAppealIntake(SubmittingAppeal submitting, AppealStore appeals, DispatchingAppeal dispatching, PublicTracking publicCodes,
                       IdentityCipher cipher) {
        this.submitting = submitting;
        this.appeals = appeals;
        this.dispatching = dispatching;
        this.publicCodes = publicCodes;
        this.cipher = cipher;
    }

    @Override
    public Receipt submit(NewAppeal a, String actorLabel) {
        SubmittingAppeal.Receipt r = store(a, null, actorLabel);
        return new Receipt(r.id(), r.trackingNumber(), TrackingCodes.displayPublic(r.publicCode()),
                TrackingCodes.displayAccess(r.accessCode()));
    }

    @Override
    public Receipt submitRouted(NewAppeal a, String externalTicket, long leadDepartmentId, String actorLabel) {
        SubmittingAppeal.Receipt r = store(a, externalTicket, actorLabel);
        dispatching.routeOnIntake(r.id(), leadDepartmentId);
        return new Receipt(r.id(), r.trackingNumber(), TrackingCodes.displayPublic(r.publicCode()),
                r.accessCode() == null ? null : TrackingCodes.displayAccess(r.accessCode()));
    }

    private SubmittingAppeal.Receipt store(NewAppeal a, String externalTicket, String actorLabel) {
        Channel channel = switch (a.source()) {
            case POLICY_OBJECTION -> Channel.POLICY_OBJECTION;
            case SUPERVISOR -> Channel.SUPERVISOR;
            case HARD_CASE_WINDOW -> Channel.HARD_CASE_WINDOW;
            case RECEIVABLE_CONFIRMATION -> Channel.RECEIVABLE_CONFIRMATION;
            case PROCURATORATE_12309 -> Channel.PROCURATORATE_12309;
            case COURT_12368 -> Channel.COURT_12368;
            case POLICE_REPORTING -> Channel.POLICE_REPORTING;
        };
        return submitting.submit(new SubmittingAppeal.Submission(a.type(), a.category(), a.title(), a.content(),
                a.requesterName(), a.requesterPhone(), a.requesterCreditCode(), false,
                a.region() == null ? null : a.region().code(), channel, externalTicket, a.requesterAccountId(), List.of()), actorLabel);
    }

    @Override
    public Optional<Progress> progress(String trackingNumber) {
        return appeals.findByTrackingNumber(trackingNumber).map(a -> new Progress(a.id(), a.trackingNumber(),
                TrackingCodes.displayPublic(publicCodes.of(a.id())), a.status().name(), a.status().label(), a.dueOn(), a.reply(), "/workbench/appeals/" + a.id()));
    }

    @Override
    public Optional<ArrearsReport> arrearsReport(cn.yingshang.appeal.AppealId appealId) {
        AppealRow a;
        try {
            a = appeals.require(appealId.value());
        } catch (java.util.NoSuchElementException e) {
            return Optional.empty();
        }
        if (!Categories.ARREARS.equals(a.category())) {
            return Optional.empty();
        }
        return Optional.of(new ArrearsReport(cn.yingshang.appeal.AppealId.of(a.id()), a.trackingNumber(), cipher.decrypt(a.codeEnc()), cipher.decrypt(a.nameEnc()),
                a.content()));
    }
}
