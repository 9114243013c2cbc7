package cn.yingshang.legal.internal;

import cn.yingshang.legal.JudgmentForSmeAgainstPublicPayer;
import cn.yingshang.platform.Department;
import cn.yingshang.registry.MarketEntities;
import cn.yingshang.shared.CreditCode;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;

/**
 * A judgment for a small or medium enterprise against a public body or a state-owned enterprise feeds the
 * arrears ledger (002 #31, 004 #48, 000 §32) through {@link JudgmentForSmeAgainstPublicPayer}: the creditor is
 * named by its credit code and must be an SME in the registry; the arrears module keeps one claim per judgment.
 */
@Component
class JudgmentArrearsFeed {

    private final MarketEntities entities;
    private final ApplicationEventPublisher events;
    private final LegalMessages messages;

    JudgmentArrearsFeed(MarketEntities entities, ApplicationEventPublisher events, LegalMessages messages) {
        this.entities = entities;
        this.events = events;
        this.messages = messages;
    }

    /** The creditor's code as given (optional), checked; null when none was given. */
    String creditorCode(EnforcingJudgments.NewJudgment j) {
        if (j.creditorCreditCode() == null || j.creditorCreditCode().isBlank()) {
            return null;
        }
        try {
            return CreditCode.of(j.creditorCreditCode().strip()).value();
        } catch (RuntimeException e) {
            throw messages.violation("creditorCreditCode", "legal.creditCode.invalid");
        }
    }

    /** Whether the judgment goes to the arrears ledger: public debtor, and a creditor registered as an SME. */
    boolean feeds(Judgment j) {
        return j.answersForGovernmentIntegrity() && j.creditorCreditCode() != null
                && entities.find(CreditCode.of(j.creditorCreditCode())).filter(e -> e.isSme()).isPresent();
    }

    void feed(Judgment j, Department court) {
        if (feeds(j)) {
            events.publishEvent(new JudgmentForSmeAgainstPublicPayer(j.sourceRecordId(), court.name(), j.caseNumber(), j.creditorCreditCode(),
                    j.creditorName(), j.debtorCreditCode(), j.debtorName(), j.debtorKind(), j.amount(), j.judgedOn()));
        }
    }
}
