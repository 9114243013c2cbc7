package cn.yingshang.policy.internal;

import cn.yingshang.platform.JobLocks;
import cn.yingshang.platform.DepartmentFunction;
import cn.yingshang.platform.Departments;
import cn.yingshang.policy.internal.Policy.AmountRule;
import cn.yingshang.policy.internal.Policy.BenefitType;
import cn.yingshang.policy.internal.Policy.GrantMode;
import cn.yingshang.shared.RegionCode;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * On first start (no policy yet, demo enabled): a handful of realistic Urumqi policies, so the
 * demo enterprises see matches, near misses and unknowns.
 */
@Component
@Order(40)
class PolicyDemoData implements ApplicationRunner {

    private static final RegionCode URUMQI = RegionCode.of("650100");

    private final PolicyStore store;
    private final PolicyPublishing publishing;
    private final Departments departments;
    private final Clock clock;
    private final boolean enabled;

    private final JobLocks jobLocks;

    PolicyDemoData(PolicyStore store, PolicyPublishing publishing, Departments departments, Clock clock,
                   @Value("${yingshang.demo.enabled:false}") boolean enabled, JobLocks jobLocks) {
        this.jobLocks = jobLocks;
        this.store = store;
        this.publishing = publishing;
        this.departments = departments;
        this.clock = clock;
        this.enabled = enabled;
    }

    /** One node at a time (several nodes may start together on an empty database): see {@link JobLocks#START_UP}. */
    @Override
    public void run(ApplicationArguments args) {
        jobLocks.runAlone(JobLocks.START_UP, this::seedOnce);
    }

    private void seedOnce() {
        if (!enabled || !store.isEmpty()) {
            return;
        }
        LocalDate start = LocalDate.now(clock).withDayOfYear(1);
        LocalDate end = start.plusYears(1).minusDays(1);
        publish("乌鲁木齐市失业保险稳岗返还", DepartmentFunction.HUMAN_RESOURCES, "乌人社发〔2025〕12号",
                "《失业保险条例》；人社部发〔2024〕40号；003 §36 免申即享", BenefitType.SUBSIDY,
                new AmountRule(AmountRule.PERCENT, null, "revenue", new BigDecimal("0.5"), new BigDecimal("3")),
                GrantMode.AUTO_GRANT, start, end, 10, List.of(),
                Map.of("all", List.of(
                        leaf("size", "in", List.of("MEDIUM", "SMALL", "MICRO")),
                        leaf("headcount", "gte", 3),
                        leaf("ageYears", "gte", 1),
                        leaf("dishonest", "eq", false))));
        publish("乌鲁木齐市小微企业贷款贴息", DepartmentFunction.FINANCE, "乌财金〔2025〕8号",
                "003 §19 金融产品和服务；乌鲁木齐市普惠金融贴息办法", BenefitType.INTEREST_DISCOUNT,
                new AmountRule(AmountRule.FIXED, new BigDecimal("2"), null, null, null),
                GrantMode.APPLICATION, start, end, 15, List.of("贷款合同及付息凭证"),
                Map.of("all", List.of(
                        leaf("kind", "eq", "ENTERPRISE"),
                        leaf("size", "in", List.of("SMALL", "MICRO")),
                        leaf("creditClass", "in", List.of("A", "B")))));
        publish("国家高新技术企业认定奖励", DepartmentFunction.INDUSTRY_IT, "乌科发〔2025〕21号",
                "001 §19 鼓励企业申报国家高新技术企业，对申报成功的企业依法给予奖励", BenefitType.REWARD,
                new AmountRule(AmountRule.FIXED, new BigDecimal("20"), null, null, null),
                GrantMode.INSTANT_ON_APPLY, start, end, 5, List.of(),
                Map.of("all", List.of(
                        leaf("kind", "eq", "ENTERPRISE"),
                        leaf("qualifications", "has", "高新技术企业"))));
        publish("专精特新中小企业培育补贴", DepartmentFunction.INDUSTRY_IT, "乌工信发〔2025〕17号",
                "003 §19 支持“专精特新”民营经济组织", BenefitType.SUBSIDY,
                new AmountRule(AmountRule.FIXED, new BigDecimal("30"), null, null, null),
                GrantMode.APPLICATION, start, end, 20, List.of("研发费用专项审计报告"),
                Map.of("all", List.of(
                        leaf("kind", "eq", "ENTERPRISE"),
                        leaf("ageYears", "gte", 2),
                        leaf("qualifications", "has", "专精特新中小企业"))));
        publish("软件和信息技术服务业营收奖励", DepartmentFunction.INDUSTRY_IT, "乌工信发〔2025〕23号",
                "000 §38 加快科技创新", BenefitType.REWARD,
                new AmountRule(AmountRule.PERCENT, null, "revenue", new BigDecimal("1"), new BigDecimal("50")),
                GrantMode.AUTO_GRANT, start, end, 10, List.of(),
                Map.of("all", List.of(
                        leaf("industry", "prefix", "I"),
                        leaf("revenue", "gte", 100))));
    }

    private static Map<String, Object> leaf(String attr, String op, Object value) {
        return Map.of("attr", attr, "op", op, "value", value);
    }

    private void publish(String title, DepartmentFunction function, String doc, String basis, BenefitType type,
                         AmountRule amount, GrantMode mode, LocalDate from, LocalDate to, int days, List<String> materials,
                         Map<String, Object> rule) {
        var dept = departments.responsibleFor(URUMQI, function).orElse(null);
        Policy p = new Policy(0, title, dept == null ? "乌鲁木齐市人民政府" : dept.name(), dept == null ? null : dept.id().value(),
                doc, basis, URUMQI.code(), type, amount, mode, from, to, days, materials, Policy.DRAFT);
        publishing.publish(p, RuleFormat.parse(rule), "demo");
    }
}
