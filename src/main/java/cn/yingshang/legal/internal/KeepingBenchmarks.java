package cn.yingshang.legal.internal;

import cn.yingshang.platform.AuditLog;
import cn.yingshang.platform.Department;
import cn.yingshang.platform.Departments;
import cn.yingshang.platform.Role;
import cn.yingshang.platform.SignedInUser;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.NoSuchElementException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * A department's leader publishes the discretion benchmark of a penalty item (000 §56, 002 #35) — a new version
 * supersedes the old — and reviews each published benchmark every quarter (002 #49) against the decisions made under it.
 */
@Component
class KeepingBenchmarks {

    record NewBenchmark(String itemCode, String itemName, String penaltyBasis, String exemptCircumstances,
                        String lighterCircumstances, BigDecimal lighterMin, BigDecimal lighterMax,
                        String ordinaryCircumstances, BigDecimal ordinaryMin, BigDecimal ordinaryMax,
                        String heavierCircumstances, BigDecimal heavierMin, BigDecimal heavierMax) {
    }

    static final String REVIEW = "BENCHMARK_REVIEW";

    private final DiscretionBenchmarks benchmarks;
    private final Departments departments;
    private final LegalTimeLimits limits;
    private final LegalMessages messages;
    private final AuditLog audit;
    private final Clock clock;

    KeepingBenchmarks(DiscretionBenchmarks benchmarks, Departments departments, LegalTimeLimits limits, LegalMessages messages,
                      AuditLog audit, Clock clock) {
        this.benchmarks = benchmarks;
        this.departments = departments;
        this.limits = limits;
        this.messages = messages;
        this.audit = audit;
        this.clock = clock;
    }

    @Transactional
    long publish(NewBenchmark b, SignedInUser leader) {
        Department department = leaderOf(leader);
        String code = LegalInput.required(messages, b.itemCode(), "itemCode", "legal.benchmark.itemCodeRequired");
        if (code.length() > 50) {
            throw messages.violation("itemCode", "legal.compliance.tooLong", 50);
        }
        String name = LegalInput.required(messages, b.itemName(), "itemName", "legal.benchmark.itemNameRequired");
        String basis = LegalInput.required(messages, b.penaltyBasis(), "penaltyBasis", "legal.benchmark.basisRequired");
        java.util.function.UnaryOperator<String> circumstances = v -> LegalInput.optional(messages, v, "tiers");
        List<DiscretionBenchmark.Tier> tiers = new ArrayList<>();
        String exempt = circumstances.apply(b.exemptCircumstances());
        if (exempt != null) {
            tiers.add(new DiscretionBenchmark.Tier("EXEMPT", exempt, BigDecimal.ZERO, BigDecimal.ZERO));
        }
        tiers.add(new DiscretionBenchmark.Tier("LIGHTER", circumstances.apply(b.lighterCircumstances()), b.lighterMin(), b.lighterMax()));
        tiers.add(new DiscretionBenchmark.Tier("ORDINARY", circumstances.apply(b.ordinaryCircumstances()), b.ordinaryMin(), b.ordinaryMax()));
        tiers.add(new DiscretionBenchmark.Tier("HEAVIER", circumstances.apply(b.heavierCircumstances()), b.heavierMin(), b.heavierMax()));
        String problem = DiscretionTiers.problem(tiers);
        if (problem != null) {
            throw messages.violation("tiers", problem);
        }
        LocalDate today = LocalDate.now(clock);
        int version = benchmarks.nextVersion(department.id().value(), code);
        long id = benchmarks.publish(department.id().value(), code, name, basis, version, today, limits.get(REVIEW).due(today, null), tiers);
        audit.record("legal.benchmark.publish", "legal_discretion_benchmark", String.valueOf(id), null, code + " v" + version);
        return id;
    }

    /** The quarter's review: how many decisions were made under the benchmark since it was published or last reviewed. */
    @Transactional
    void review(long benchmarkId, String finding, SignedInUser leader) {
        Department department = leaderOf(leader);
        DiscretionBenchmark b = benchmarks.find(benchmarkId).filter(x -> x.departmentId() == department.id().value())
                .orElseThrow(() -> new NoSuchElementException(messages.text("legal.benchmark.notFound")));
        if (!"PUBLISHED".equals(b.status())) {
            throw messages.violation(null, "legal.benchmark.superseded");
        }
        String f = LegalInput.required(messages, finding, "finding", "legal.benchmark.findingRequired");
        LocalDate today = LocalDate.now(clock);
        LocalDate since = benchmarks.reviews(benchmarkId).stream().findFirst().map(DiscretionBenchmarks.Review::reviewedOn).orElse(b.publishedOn());
        String quarter = today.getYear() + "Q" + ((today.getMonthValue() - 1) / 3 + 1);
        benchmarks.review(benchmarkId, quarter, today, benchmarks.decisionsSince(benchmarkId, since), f, limits.get(REVIEW).due(today, null))
                .orElseThrow(() -> messages.violation(null, "legal.benchmark.alreadyReviewed", quarter));
        audit.record("legal.benchmark.review", "legal_discretion_benchmark", String.valueOf(benchmarkId), null, quarter);
    }

    /** The department a leader (or a handler, for reading) works for. */
    Department departmentOf(SignedInUser user) {
        if (user.departmentId() == null || !user.can("legal:respond")) {
            throw new AccessDeniedException("legal.benchmark.departmentsOnly");
        }
        return departments.require(user.departmentId());
    }

    private Department leaderOf(SignedInUser user) {
        Department d = departmentOf(user);
        if (user.role() != Role.LEADER) {
            throw new AccessDeniedException("legal.benchmark.leadersOnly");
        }
        return d;
    }
}
