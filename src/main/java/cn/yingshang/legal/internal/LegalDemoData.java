package cn.yingshang.legal.internal;

import cn.yingshang.platform.Accounts;
import cn.yingshang.platform.Accounts.NewAccount;
import cn.yingshang.platform.Department;
import cn.yingshang.platform.DepartmentFunction;
import cn.yingshang.platform.Departments;
import cn.yingshang.platform.JobLocks;
import cn.yingshang.platform.Role;
import cn.yingshang.platform.SignedInUser;
import cn.yingshang.shared.RegionCode;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Demo staff of the Urumqi court, procuratorate and public security bureau, and a few records in
 * different states, so every legal page has something to show. Seeded once, also into a demo
 * database loaded before this module existed.
 */
@Component
@Order(60)
class LegalDemoData implements ApplicationRunner {

    private static final RegionCode URUMQI = RegionCode.of("650100");

    private final Accounts accounts;
    private final Departments departments;
    private final FilingOnline filing;
    private final ReviewingFiling reviewing;
    private final RecordingSeizures seizures;
    private final KeepingStalledCases stalled;
    private final ReformingCompliance compliance;
    private final HandlingBankruptcy bankruptcy;
    private final JdbcClient jdbc;
    private final JobLocks jobLocks;
    private final Clock clock;
    private final boolean enabled;
    private final String password;

    LegalDemoData(Accounts accounts, Departments departments, FilingOnline filing, ReviewingFiling reviewing,
                  RecordingSeizures seizures, KeepingStalledCases stalled, ReformingCompliance compliance,
                  HandlingBankruptcy bankruptcy, JdbcClient jdbc, JobLocks jobLocks, Clock clock,
                  @Value("${yingshang.demo.enabled:false}") boolean enabled, @Value("${yingshang.demo.password:}") String password) {
        this.password = password;
        this.accounts = accounts;
        this.departments = departments;
        this.filing = filing;
        this.reviewing = reviewing;
        this.seizures = seizures;
        this.stalled = stalled;
        this.compliance = compliance;
        this.bankruptcy = bankruptcy;
        this.jdbc = jdbc;
        this.jobLocks = jobLocks;
        this.clock = clock;
        this.enabled = enabled;
    }

    @Override
    public void run(ApplicationArguments args) {
        jobLocks.runAlone(JobLocks.START_UP, this::seedOnce);
    }

    private void seedOnce() {
        if (!enabled || password.isEmpty() || accounts.byUsername("court.clerk").isPresent()) {
            return;
        }
        var enterprise = accounts.byUsername("enterprise2");
        if (enterprise.isEmpty()) {
            return;
        }
        Department court = body(DepartmentFunction.COURT);
        Department procuratorate = body(DepartmentFunction.PROCURATORATE);
        Department police = body(DepartmentFunction.PUBLIC_SECURITY);
        accounts.createDemoAccount(new NewAccount("court.clerk", password, court.name() + " 王法官", Role.LEGAL_OFFICER, court.id(), null, null));
        accounts.createDemoAccount(new NewAccount("procurator", password, procuratorate.name() + " 赵检察官", Role.LEGAL_OFFICER, procuratorate.id(), null, null));
        accounts.createDemoAccount(new NewAccount("police.officer", password, police.name() + " 孙警官", Role.LEGAL_OFFICER, police.id(), null, null));

        LocalDate today = LocalDate.now(clock);
        String creditCode = enterprise.get().creditCode();
        SignedInUser company = new SignedInUser(enterprise.get().id(), "enterprise2", enterprise.get().displayName(), Role.ENTERPRISE,
                null, creditCode, Set.of("legal:file"), List.of());
        SignedInUser clerk = officer("court.clerk", court);
        SignedInUser officer = officer("police.officer", police);

        long waiting = filing.file(new FilingOnline.Filing(court.id().value(), CaseType.CONTRACT, Procedure.SIMPLE,
                "乌鲁木齐某建材贸易有限公司", "请求判令对方支付货款及逾期利息", new BigDecimal("186000"), null, true,
                "起诉状\n营业执照\n法定代表人身份证明\n购销合同\n送货单"), company);
        long noticed = filing.file(new FilingOnline.Filing(court.id().value(), CaseType.CONTRACT, Procedure.ORDINARY,
                "新疆某物流有限公司", "请求解除运输合同并赔偿损失", new BigDecimal("520000"), null, false,
                "起诉状\n营业执照"), company);
        reviewing.requestSupplement(noticed, List.of("运输合同原件", "损失计算清单"), clerk);
        backdateFiling(waiting, today.minusDays(2));

        long measure = seizures.record(new RecordingSeizures.NewSeizure("（2026）新0102刑初218号", "FREEZING", creditCode,
                enterprise.get().displayName(), "ENTERPRISE", "基本存款账户资金 35万元", URUMQI.code(), true, null, today.minusDays(30)), officer);
        seizures.foundUnrelated(measure, today.minusDays(5), "经查该账户资金为企业正常经营收入，与案件无关", officer);
        seizures.record(new RecordingSeizures.NewSeizure("（2026）新0102刑初218号", "SEIZURE", creditCode,
                enterprise.get().displayName(), "ENTERPRISE", "生产车间设备一批（活封，继续使用）", URUMQI.code(), true, null,
                today.minusDays(30)), officer);

        stalled.enter(new KeepingStalledCases.NewStalledCase("乌公（经）立字〔2024〕61号", creditCode, "涉嫌合同诈骗（立案后久未侦结）",
                today.minusMonths(20), procuratorate.id().value()), officer);

        SignedInUser procurator = officer("procurator", procuratorate);
        long reform = compliance.enter(new ReformingCompliance.NewComplianceCase("乌检刑诉〔2026〕112号", creditCode,
                "涉嫌串通投标（企业主动退出违规项目）", ComplianceMode.BOTH, "乌鲁木齐市涉案企业合规第三方监督评估组织",
                today.plusMonths(4)), procurator);
        compliance.addStep(reform, "修订招投标合规管理制度并经董事会通过", today.plusDays(30), procurator);
        compliance.addStep(reform, "设立合规专员并完成全员合规培训", today.plusDays(60), procurator);
        compliance.commit(reform, "本企业承诺：修订招投标管理制度，设立合规专员，按期向检察院和第三方组织报告整改情况。", company);

        String debtor = jdbc.sql("""
                SELECT credit_code FROM registry_market_entity WHERE kind = 'ENTERPRISE' AND region_code LIKE '6501%'
                  AND credit_code NOT IN (SELECT credit_code FROM platform_account WHERE credit_code IS NOT NULL)
                ORDER BY credit_code LIMIT 1""").query(String.class).optional().orElse(null);
        if (debtor != null) {
            long insolvent = bankruptcy.accept(new HandlingBankruptcy.NewBankruptcyCase("（2026）新01破12号", debtor, "REORGANISATION", false,
                    today.minusDays(20), today.plusDays(40)), clerk);
            bankruptcy.declare(insolvent, new BigDecimal("380000"), false, company);
            bankruptcy.recommend(insolvent, "新疆天山律师事务所", company);
        }
    }

    /** The demo filing is two days old, so the court's queue shows a review deadline close at hand. */
    private void backdateFiling(long id, LocalDate filedOn) {
        jdbc.sql("UPDATE legal_court_case SET filed_on = :on, review_due = :due WHERE id = :id")
                .param("on", filedOn).param("due", filedOn.plusDays(7)).param("id", id).update();
    }

    private Department body(DepartmentFunction function) {
        return departments.all().stream().filter(d -> d.function() == function && d.region().equals(URUMQI)).findFirst().orElseThrow();
    }

    private SignedInUser officer(String username, Department body) {
        var account = accounts.byUsername(username).orElseThrow();
        return new SignedInUser(account.id(), username, account.displayName(), Role.LEGAL_OFFICER, body.id(), null,
                Set.of("legal:handle"), List.of());
    }
}
