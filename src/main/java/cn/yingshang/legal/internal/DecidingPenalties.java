package cn.yingshang.legal.internal;

import cn.yingshang.credit.CreditRecordKind;
import cn.yingshang.credit.CreditRecords;
import cn.yingshang.credit.NewCreditRecord;
import cn.yingshang.credit.Severity;
import cn.yingshang.platform.AuditLog;
import cn.yingshang.platform.Department;
import cn.yingshang.platform.Numbers;
import cn.yingshang.platform.SignedInUser;
import cn.yingshang.registry.MarketEntities;
import cn.yingshang.registry.MarketEntity;
import cn.yingshang.shared.CreditCode;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.NoSuchElementException;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * A department decides a penalty under its published discretion benchmark (002 #35): the decision names the benchmark
 * version and the tier of circumstances it applied, and the fine must lie within that tier's range. An exempt tier
 * fines nothing and is not a penalty; any other decision becomes a penalty credit record whose basis cites the
 * benchmark, and from there is published (双公示).
 */
@Component
class DecidingPenalties {

    record NewPenalty(Long benchmarkId, String tier, String decisionNumber, String creditCode, String facts, BigDecimal fine,
                      @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate decidedOn) {
    }


    private final DiscretionBenchmarks benchmarks;
    private final KeepingBenchmarks keeping;
    private final MarketEntities entities;
    private final CreditRecords credit;
    private final LegalMessages messages;
    private final AuditLog audit;
    private final Clock clock;

    DecidingPenalties(DiscretionBenchmarks benchmarks, KeepingBenchmarks keeping, MarketEntities entities, CreditRecords credit,
                      LegalMessages messages, AuditLog audit, Clock clock) {
        this.benchmarks = benchmarks;
        this.keeping = keeping;
        this.entities = entities;
        this.credit = credit;
        this.messages = messages;
        this.audit = audit;
        this.clock = clock;
    }

    @Transactional
    long decide(NewPenalty p, SignedInUser official) {
        Department department = keeping.departmentOf(official);
        DiscretionBenchmark b = (p.benchmarkId() == null ? null : benchmarks.find(p.benchmarkId())
                .filter(x -> x.departmentId() == department.id().value()).orElse(null));
        if (b == null) {
            throw new NoSuchElementException(messages.text("legal.benchmark.notFound"));
        }
        if (!"PUBLISHED".equals(b.status())) {
            throw messages.violation("benchmarkId", "legal.benchmark.superseded");
        }
        DiscretionBenchmark.Tier tier = b.tier(p.tier() == null ? "" : p.tier())
                .orElseThrow(() -> messages.violation("tier", "legal.penalty.tierRequired"));
        if (p.fine() == null || p.fine().scale() > 2 || !tier.allows(p.fine())) {
            throw messages.violation("fine", "legal.penalty.fineOutsideTier", Numbers.figure(tier.minFine()), Numbers.figure(tier.maxFine()));
        }
        String number = LegalInput.required(messages, p.decisionNumber(), "decisionNumber", "legal.penalty.numberRequired");
        String facts = LegalInput.required(messages, p.facts(), "facts", "legal.penalty.factsRequired");
        LocalDate today = LocalDate.now(clock);
        if (p.decidedOn() == null || p.decidedOn().isAfter(today)) {
            throw messages.violation("decidedOn", "legal.penalty.decidedOnInvalid");
        }
        CreditCode code;
        try {
            code = CreditCode.of(p.creditCode() == null ? "" : p.creditCode().strip());
        } catch (RuntimeException e) {
            throw messages.violation("creditCode", "legal.creditCode.invalid");
        }
        MarketEntity entity = entities.find(code).orElseThrow(() -> messages.violation("creditCode", "legal.creditCode.unknown"));
        long id = benchmarks.decide(department.id().value(), b.id(), tier.tier(), number, code.value(), entity.name(), facts, p.fine(),
                        p.decidedOn())
                .orElseThrow(() -> messages.violation("decisionNumber", "legal.penalty.duplicate"));
        if (!DiscretionTiers.exempt(tier.tier())) {
            String basis = messages.text("legal.penalty.citation", b.penaltyBasis(), b.itemName(), b.version(),
                    messages.text("legal.benchmark.tier." + tier.tier()));
            long record = credit.record(new NewCreditRecord(code.value(), CreditRecordKind.PENALTY, department.code(), "legal-penalty-" + id,
                    basis, p.decidedOn(), "LIGHTER".equals(tier.tier()) ? Severity.MINOR : Severity.ORDINARY,
                    messages.text("legal.penalty.summary", number, Numbers.figure(p.fine()), facts)));
            benchmarks.linkCreditRecord(id, record);
        }
        audit.record("legal.penalty.decide", "legal_penalty_decision", String.valueOf(id), null,
                b.itemCode() + " v" + b.version() + " " + tier.tier() + " " + p.fine().toPlainString());
        return id;
    }
}
