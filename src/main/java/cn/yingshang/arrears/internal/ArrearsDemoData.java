package cn.yingshang.arrears.internal;

import cn.yingshang.platform.JobLocks;
import cn.yingshang.platform.Department;
import cn.yingshang.platform.DepartmentFunction;
import cn.yingshang.platform.Departments;
import cn.yingshang.platform.Role;
import cn.yingshang.platform.SignedInUser;
import cn.yingshang.registry.EntityKind;
import cn.yingshang.registry.EntitySearch;
import cn.yingshang.registry.EntityStatus;
import cn.yingshang.registry.MarketEntities;
import cn.yingshang.registry.MarketEntity;
import cn.yingshang.shared.CreditCode;
import cn.yingshang.shared.RegionCode;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * On first start (empty payer register, demo data on): a few public bodies and claims in
 * different states, so every page of the ledger has something to show.
 */
@Component
@Order(40)
class ArrearsDemoData implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(ArrearsDemoData.class);

    private final PayerRegister payers;
    private final ArrearsLedger ledger;
    private final MarketEntities entities;
    private final Departments departments;
    private final JdbcClient jdbc;
    private final Clock clock;
    private final boolean enabled;

    private final JobLocks jobLocks;

    ArrearsDemoData(PayerRegister payers, ArrearsLedger ledger, MarketEntities entities, Departments departments,
                    JdbcClient jdbc, Clock clock, @Value("${yingshang.demo.enabled:false}") boolean enabled, JobLocks jobLocks) {
        this.jobLocks = jobLocks;
        this.payers = payers;
        this.ledger = ledger;
        this.entities = entities;
        this.departments = departments;
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
        if (!enabled || payers.count() > 0 || entities.count() == 0) {
            return;
        }
        RegionCode urumqi = RegionCode.of("650100");
        Payer metrology = payer("乌鲁木齐市计量检定测试研究院", PayerType.PUBLIC_INSTITUTION, "12", 1, "650100", urumqi, DepartmentFunction.MARKET_REGULATION);
        Payer works = payer("乌鲁木齐市市政工程建设服务中心", PayerType.PUBLIC_INSTITUTION, "12", 2, "650100", urumqi, DepartmentFunction.HOUSING_CONSTRUCTION);
        Payer hrCentre = payer("乌鲁木齐市人力资源服务中心", PayerType.PUBLIC_INSTITUTION, "12", 3, "650100", urumqi, DepartmentFunction.HUMAN_RESOURCES);
        Payer affairs = payer("乌鲁木齐市天山区机关事务管理局", PayerType.GOVERNMENT_ORGAN, "11", 4, "650102", urumqi, DepartmentFunction.FINANCE);
        Payer cityInvest = payer("乌鲁木齐城建示范投资集团有限公司", PayerType.STATE_OWNED_ENTERPRISE, "91", 5, "650100", urumqi, DepartmentFunction.FINANCE);
        payer("哈密市市政园林服务中心", PayerType.PUBLIC_INSTITUTION, "12", 6, "650500", RegionCode.of("650500"), DepartmentFunction.HOUSING_CONSTRUCTION);

        List<MarketEntity> smes = entities.search(new EntitySearch("", "6501", null, 0, 200)).items().stream()
                .filter(e -> e.kind() == EntityKind.ENTERPRISE && e.status() == EntityStatus.ACTIVE && e.isSme())
                .skip(2).limit(6).toList();
        if (smes.size() < 6) {
            log.info("Too few demo SMEs for arrears demo claims");
            return;
        }
        LocalDate today = LocalDate.now(clock);
        SignedInUser office = new SignedInUser(0, "demo", "", "演示数据", Role.OFFICE, null, null,
                Set.of("arrears:manage", "arrears:verify", "arrears:register"), List.of());

        // reported, waiting for confirmation
        claim(office, smes.get(0), metrology, "计量检定设备维保服务合同", "86000", "0", today.minusDays(20), null, List.of());
        // confirmed, overdue, partly paid, audit results demanded as settlement basis
        Claim overdue = claim(office, smes.get(1), works, "市政道路照明改造工程分包", "450000", "30000", today.minusDays(140), null,
                List.of("AUDIT_AS_SETTLEMENT_CONDITION"));
        backdate(overdue, today.minusDays(100));
        ledger.confirm(overdue.id(), office);
        ledger.recordPayment(overdue.id(), today.minusDays(40), new BigDecimal("150000"), "BANK_TRANSFER", "第一笔", office);
        // confirmed with a 90-day term: a violation for a public body
        Claim longTerm = claim(office, smes.get(2), affairs, "办公家具采购", "128000", "0", today.minusDays(50), 90, List.of());
        ledger.confirm(longTerm.id(), office);
        // settled and in follow-up review
        Claim settled = claim(office, smes.get(3), hrCentre, "招聘会场地布置服务", "60000", "0", today.minusDays(45), null, List.of());
        ledger.confirm(settled.id(), office);
        ledger.recordPayment(settled.id(), today.minusDays(5), new BigDecimal("60000"), "BANK_TRANSFER", "", office);
        ledger.startFollowUp(settled.id(), office);
        // a state-owned enterprise that forced commercial bills, closed after follow-up
        Claim bills = claim(office, smes.get(4), cityInvest, "安置房项目钢材供应", "320000", "0", today.minusDays(90), 60,
                List.of("FORCED_COMMERCIAL_BILLS"));
        ledger.confirm(bills.id(), office);
        ledger.recordPayment(bills.id(), today.minusDays(10), new BigDecimal("320000"), "COMMERCIAL_BILL", "", office);
        jdbc.sql("UPDATE arrears_claim SET status = 'CLOSED', follow_up_asked_on = :d, follow_up_answer = 'PAID', follow_up_answered_on = :d WHERE id = :id")
                .param("d", today.minusDays(3)).param("id", bills.id()).update();
        // rejected
        Claim rejected = claim(office, smes.get(5), metrology, "实验室耗材供应", "18000", "0", today.minusDays(30), null, List.of());
        ledger.reject(rejected.id(), "经核实，该笔货款已于交付当月以银行转账方式结清，企业已提供回单。", office);
        log.info("Loaded arrears demo data: {} payers, {} claims", payers.count(), 6);
    }

    private Claim claim(SignedInUser by, MarketEntity payee, Payer payer, String contract, String amount, String disputed,
                        LocalDate delivered, Integer term, List<String> practices) {
        return ledger.register(new ClaimForm(payee.creditCode().value(), payer.id(), "", contract, new BigDecimal(amount),
                new BigDecimal(disputed), delivered, "DELIVERY", null, null, null, term, "BANK_TRANSFER", null, practices,
                "演示数据"), by);
    }

    private void backdate(Claim claim, LocalDate reportedOn) {
        jdbc.sql("UPDATE arrears_claim SET reported_on = :r, confirm_by = :c WHERE id = :id")
                .param("r", reportedOn).param("c", reportedOn.plusDays(30)).param("id", claim.id()).update();
    }

    private Payer payer(String name, PayerType type, String prefix, int n, String region, RegionCode deptRegion,
                        DepartmentFunction function) {
        Department dept = departments.responsibleFor(deptRegion, function).orElseThrow();
        String first17 = prefix + region + String.format("MB%07d", 4580000 + n);
        String code = first17 + CreditCode.checkCharacter(first17);
        return payers.add(new PayerRegister.PayerForm(name, type.name(), code, region, dept.id().value()));
    }
}
