package cn.yingshang.credit.internal;

import cn.yingshang.platform.JobLocks;
import cn.yingshang.credit.CreditRecordKind;
import cn.yingshang.credit.GovernmentDishonestyKind;
import cn.yingshang.credit.NewCreditRecord;
import cn.yingshang.credit.NewGovernmentIntegrityRecord;
import cn.yingshang.credit.Severity;
import cn.yingshang.platform.Accounts;
import cn.yingshang.registry.EntitySearch;
import cn.yingshang.registry.MarketEntities;
import cn.yingshang.registry.MarketEntity;
import cn.yingshang.shared.RegionCode;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * On first start with demo data on and no credit records: a realistic spread of licences,
 * penalties of every severity, honours, tax levels, a few judgment defaulters (one still in its
 * grace period), subsidy misuse and government-integrity records, so every risk class and a
 * couple of dishonesty-list entries exist. enterprise1 gets an ordinary penalty it may repair.
 */
@Component
@Order(30)
class CreditDemoData implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(CreditDemoData.class);
    private static final String[] PENALTIES = {"未按规定公示年度报告", "销售过期食品", "未明码标价", "虚假宣传", "无证经营",
            "使用未经检验的计量器具", "违规储存危险化学品", "拖欠农民工工资"};

    private final CreditRecording recording;
    private final GovernmentIntegrity government;
    private final CreditCommitments commitments;
    private final MarketEntities entities;
    private final Accounts accounts;
    private final JdbcClient jdbc;
    private final Clock clock;
    private final boolean enabled;

    private final JobLocks jobLocks;

    CreditDemoData(CreditRecording recording, GovernmentIntegrity government, CreditCommitments commitments,
                   MarketEntities entities, Accounts accounts, JdbcClient jdbc, Clock clock,
                   @Value("${yingshang.demo.enabled:false}") boolean enabled, JobLocks jobLocks) {
        this.jobLocks = jobLocks;
        this.recording = recording;
        this.government = government;
        this.commitments = commitments;
        this.entities = entities;
        this.accounts = accounts;
        this.jdbc = jdbc;
        this.clock = clock;
        this.enabled = enabled;
    }

    /** One node at a time (several nodes may start together on an empty database): see {@link JobLocks#START_UP}. */
    @Override
    public void run(ApplicationArguments args) {
        jobLocks.runAlone(JobLocks.START_UP, this::seedOnce);
    }

    private void seedOnce() {
        if (!enabled || jdbc.sql("SELECT EXISTS (SELECT 1 FROM credit_record)").query(Boolean.class).single()) {
            return;
        }
        List<MarketEntity> sample = new ArrayList<>();
        for (int page = 0; page < 3; page++) {
            sample.addAll(entities.search(new EntitySearch("", "65", null, page, 100)).items());
        }
        if (sample.isEmpty()) {
            return;
        }
        LocalDate today = LocalDate.now(clock);
        Random random = new Random(20251001);
        int n = 0;
        for (int i = 0; i < sample.size(); i++) {
            MarketEntity e = sample.get(i);
            String code = e.creditCode().value();
            String scj = dept(e, "MARKET_REGULATION");
            if (random.nextInt(10) < 4) {
                n += add(code, CreditRecordKind.LICENCE, scj, "XK" + i, "食品经营许可证 JY" + (1_000_000 + i), today.minusDays(30 + random.nextInt(700)), null, "食品经营许可");
            }
            int roll = random.nextInt(100);
            if (roll < 12) {
                n += add(code, CreditRecordKind.PENALTY, scj, "CF" + i, basis(e, "罚", i), today.minusDays(5 + random.nextInt(80)), Severity.MINOR, PENALTIES[random.nextInt(PENALTIES.length)]);
            } else if (roll < 22) {
                n += add(code, CreditRecordKind.PENALTY, scj, "CF" + i, basis(e, "罚", i), today.minusDays(20 + random.nextInt(330)), Severity.ORDINARY, PENALTIES[random.nextInt(PENALTIES.length)]);
            } else if (roll < 25) {
                n += add(code, CreditRecordKind.PENALTY, scj, "CF" + i, basis(e, "罚", i), today.minusDays(60 + random.nextInt(600)), Severity.SERIOUS, PENALTIES[random.nextInt(PENALTIES.length)]);
            } else if (roll < 40) {
                n += add(code, CreditRecordKind.HONOUR, dept(e, "BIZ_ENV_OFFICE"), "RY" + i, "守合同重信用企业（" + (today.getYear() - 1) + "年度）", today.minusDays(100 + random.nextInt(200)), null, "");
                n += add(code, CreditRecordKind.TAX_LEVEL, dept(e, "TAXATION"), "NS" + i, "纳税信用A级（" + (today.getYear() - 1) + "年度）", LocalDate.of(today.getYear(), 4, 1).isAfter(today) ? today.minusMonths(8) : LocalDate.of(today.getYear(), 4, 1), null, "纳税信用等级A");
            } else if (roll < 46) {
                n += add(code, CreditRecordKind.INSPECTION_RESULT, scj, "JC" + i, "双随机抽查（" + today.getYear() + "）", today.minusDays(10 + random.nextInt(200)), null, "未发现问题");
            }
        }
        // Judgment defaulters: two on the list, one still warned and in its grace period; subsidy misuse; tax arrears.
        MarketEntity d1 = sample.get(7 % sample.size()), d2 = sample.get(19 % sample.size()), d3 = sample.get(31 % sample.size());
        n += add(d1.creditCode().value(), CreditRecordKind.JUDGMENT_DEFAULTER, court(d1), "ZX1", "(" + (today.getYear() - 1) + ")新0102执1203号", today.minusMonths(5), Severity.ORDINARY, "未履行生效判决确定的给付义务");
        n += add(d2.creditCode().value(), CreditRecordKind.JUDGMENT_DEFAULTER, court(d2), "ZX2", "(" + today.getYear() + ")新0104执88号", today.minusMonths(2), Severity.SERIOUS, "有履行能力而拒不履行");
        n += add(d3.creditCode().value(), CreditRecordKind.JUDGMENT_DEFAULTER, court(d3), "ZX3", "(" + today.getYear() + ")新0105执301号", today.minusDays(5), Severity.ORDINARY, "未履行给付义务（信用预警）");
        MarketEntity s1 = sample.get(43 % sample.size()), t1 = sample.get(57 % sample.size());
        n += add(s1.creditCode().value(), CreditRecordKind.SUBSIDY_MISUSE, dept(s1, "HUMAN_RESOURCES"), "BT1", "虚报参保人数骗取稳岗返还资金", today.minusMonths(1), Severity.ORDINARY, "列入不稳定就业黑名单");
        n += add(t1.creditCode().value(), CreditRecordKind.TAX_ARREARS, dept(t1, "TAXATION"), "QS1", "欠缴增值税", today.minusMonths(3), Severity.ORDINARY, "欠税公告");
        accounts.byUsername("enterprise1").ifPresent(a -> {
            RegionCode region = RegionCode.of(a.creditCode().substring(2, 8));
            String d = region.prefecture().code() + "-MARKET_REGULATION";
            add(a.creditCode(), CreditRecordKind.PENALTY, d, "CF-E1", "乌市监罚〔" + today.minusMonths(4).getYear() + "〕316号", today.minusMonths(4), Severity.ORDINARY, "未按规定明码标价");
            add(a.creditCode(), CreditRecordKind.LICENCE, d, "XK-E1", "食品经营许可证 JY16501020316", today.minusYears(1), null, "食品经营许可");
            var made = commitments.make(a.creditCode(), CommitmentKind.TOLERANCE_ACCEPTANCE, "食品经营许可变更（容缺受理）",
                    "承诺在20个工作日内补齐营业场所平面图，逾期未补齐的，同意撤销许可。", d);
            commitments.approve(made.id(), d, "demo"); // accepted at the department's window, so published
        });
        government.record(new NewGovernmentIntegrityRecord("某区城市管理局", null, RegionCode.of("650102"), GovernmentDishonestyKind.ARREARS,
                "demo", "G1", "保障中小企业款项支付条例第九条", "绿化养护服务费逾期未付（验收后已超过30日）", new BigDecimal("386500.00"), today.minusMonths(2)));
        government.record(new NewGovernmentIntegrityRecord("某县人民政府", null, RegionCode.of("650521"), GovernmentDishonestyKind.BROKEN_PROMISE,
                "demo", "G2", "招商引资协议第五条", "承诺的厂房租金减免未兑现", null, today.minusMonths(5)));
        government.record(new NewGovernmentIntegrityRecord("某市教育局", null, RegionCode.of("650200"), GovernmentDishonestyKind.UNPERFORMED_JUDGMENT,
                "demo", "G3", "(" + (today.getYear() - 1) + ")新0203民初77号", "生效判决确定的工程款未履行", new BigDecimal("1250000.00"), today.minusMonths(7)));
        log.info("Loaded {} demo credit records", n);
    }

    /**
     * Demo data is consistent in time: a record dated before the entity was established moves to halfway
     * between its establishment and today, and the year in its document number follows the date.
     */
    private int add(String code, CreditRecordKind kind, String dept, String src, String basis, LocalDate on, Severity severity, String summary) {
        LocalDate today = LocalDate.now(clock);
        LocalDate established = entities.find(cn.yingshang.shared.CreditCode.of(code)).map(MarketEntity::established).orElse(null);
        if (established != null && on.isBefore(established)) {
            on = established.plusDays(java.time.temporal.ChronoUnit.DAYS.between(established, today) / 2);
        }
        if (on.isAfter(today)) {
            on = today;
        }
        String year = String.valueOf(on.getYear());
        basis = basis.replaceFirst("〔\\d{4}〕", "〔" + year + "〕").replaceFirst("^\\(\\d{4}\\)", "(" + year + ")");
        recording.record(new NewCreditRecord(code, kind, dept, "DEMO-" + src, basis, on, severity, summary));
        return 1;
    }

    private static String dept(MarketEntity e, String function) {
        return e.region().prefecture().code() + "-" + function;
    }

    private static String court(MarketEntity e) {
        return e.region().prefecture().code() + "-COURT";
    }

    private static String basis(MarketEntity e, String what, int i) {
        return "新" + e.region().prefecture().code().substring(2, 4) + "市监" + what + "〔2025〕" + (100 + i) + "号";
    }
}
