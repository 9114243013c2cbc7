package cn.yingshang.bench;

import cn.yingshang.arrears.internal.ContractTerms;
import cn.yingshang.arrears.internal.OverdueInterest;
import cn.yingshang.arrears.internal.PayerType;
import cn.yingshang.arrears.internal.PaymentDue;
import cn.yingshang.arrears.internal.PaymentRules;
import cn.yingshang.arrears.internal.SettlementBasis;
import cn.yingshang.shared.Holidays;
import cn.yingshang.shared.WorkingDayCalendar;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * The arrears rules the daily check and every claim page evaluate: the due date of a claim
 * (国令802号 Art. 9–10, natural days on the 2025–2026 calendar) and its overdue interest to date
 * with a handful of partial payments (Art. 17).
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 2, time = 2)
@Measurement(iterations = 3, time = 3)
@Fork(1)
public class ArrearsRulesBenchmark {

    private WorkingDayCalendar calendar;
    private ContractTerms[] terms;
    private List<List<OverdueInterest.Paid>> payments;
    private LocalDate[] dues;
    private int next;

    @Setup
    public void prepare() {
        calendar = Holidays.calendarFor(cn.yingshang.shared.RegionCode.of("650100"));
        Random random = new Random(7);
        PayerType[] types = PayerType.values();
        SettlementBasis[] bases = SettlementBasis.values();
        terms = new ContractTerms[4096];
        payments = new ArrayList<>();
        dues = new LocalDate[4096];
        for (int i = 0; i < terms.length; i++) {
            LocalDate delivered = LocalDate.of(2025, 1, 1).plusDays(random.nextInt(600));
            SettlementBasis basis = bases[random.nextInt(bases.length)];
            terms[i] = new ContractTerms(types[random.nextInt(types.length)], delivered, basis,
                    basis == SettlementBasis.SETTLEMENT ? delivered.plusDays(random.nextInt(20)) : null,
                    basis == SettlementBasis.ACCEPTANCE && random.nextBoolean() ? delivered.plusDays(random.nextInt(40)) : null,
                    basis == SettlementBasis.ACCEPTANCE ? 15 : null,
                    random.nextInt(4) == 0 ? null : 20 + random.nextInt(80), Set.of());
            dues[i] = delivered.plusDays(30);
            List<OverdueInterest.Paid> paid = new ArrayList<>();
            for (int p = random.nextInt(6); p > 0; p--) {
                paid.add(new OverdueInterest.Paid(dues[i].plusDays(random.nextInt(120) - 20), BigDecimal.valueOf(5_000 + random.nextInt(20_000))));
            }
            payments.add(paid);
        }
    }

    @Benchmark
    public PaymentDue dueDate() {
        return PaymentRules.due(terms[next++ & 4095], calendar);
    }

    @Benchmark
    public BigDecimal interestToDate() {
        int i = next++ & 4095;
        return OverdueInterest.asOf(new BigDecimal("200000"), dues[i], payments.get(i), null, LocalDate.of(2026, 11, 23));
    }
}
