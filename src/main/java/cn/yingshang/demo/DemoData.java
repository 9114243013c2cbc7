package cn.yingshang.demo;

import cn.yingshang.platform.JobLocks;
import cn.yingshang.platform.Accounts;
import cn.yingshang.platform.Accounts.NewAccount;
import cn.yingshang.platform.Department;
import cn.yingshang.platform.DepartmentFunction;
import cn.yingshang.platform.DepartmentId;
import cn.yingshang.platform.Departments;
import cn.yingshang.platform.Role;
import cn.yingshang.registry.EntityKind;
import cn.yingshang.registry.EntitySearch;
import cn.yingshang.registry.EntityStatus;
import cn.yingshang.registry.MarketEntities;
import cn.yingshang.registry.MarketEntity;
import cn.yingshang.shared.RegionCode;
import cn.yingshang.shared.Regions;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * On first start: demo entities (when the registry is empty) and one account per role (when the
 * account is missing). Every demo account's password is {@value #PASSWORD}.
 */
@Component
@Order(20)
class DemoData implements ApplicationRunner {

    static final String PASSWORD = "Demo@2025";
    private static final Logger log = LoggerFactory.getLogger(DemoData.class);

    private final MarketEntities entities;
    private final Accounts accounts;
    private final Departments departments;
    private final Clock clock;
    private final boolean enabled;
    private final long count;
    private final long seed;

    private final JobLocks jobLocks;

    DemoData(MarketEntities entities, Accounts accounts, Departments departments, Clock clock,
             @Value("${yingshang.demo.enabled:false}") boolean enabled,
             @Value("${yingshang.demo.entities:20000}") long count,
             @Value("${yingshang.demo.seed:20251001}") long seed, JobLocks jobLocks) {
        this.jobLocks = jobLocks;
        this.entities = entities;
        this.accounts = accounts;
        this.departments = departments;
        this.clock = clock;
        this.enabled = enabled;
        this.count = count;
        this.seed = seed;
    }

    /** One node at a time (several nodes may start together on an empty database): see {@link JobLocks#START_UP}. */
    @Override
    public void run(ApplicationArguments args) {
        jobLocks.runAlone(JobLocks.START_UP, this::seedOnce);
    }

    private void seedOnce() {
        if (!enabled) {
            return;
        }
        if (entities.count() == 0) {
            long started = System.nanoTime();
            long loaded = entities.bulkLoad(new DemoEntityGenerator(seed, count, LocalDate.now(clock)));
            log.info("Loaded {} demo market entities in {} ms", loaded, (System.nanoTime() - started) / 1_000_000);
        }
        createAccounts();
    }

    private void createAccounts() {
        RegionCode urumqi = RegionCode.of("650100");
        Department office = department(Regions.XINJIANG, DepartmentFunction.BIZ_ENV_OFFICE);
        Department market = department(urumqi, DepartmentFunction.MARKET_REGULATION);
        Department hr = department(urumqi, DepartmentFunction.HUMAN_RESOURCES);
        Department tax = department(urumqi, DepartmentFunction.TAXATION);
        List<MarketEntity> companies = demoCompanies(urumqi);
        account("admin", "系统管理员", Role.ADMIN, null, null);
        account("office", "自治区营商办 王主任", Role.OFFICE, office.id(), null);
        account("scj.handler", "乌鲁木齐市市场监管局 李经办", Role.HANDLER, market.id(), null);
        account("scj.leader", "乌鲁木齐市市场监管局 张局长", Role.LEADER, market.id(), null);
        account("rsj.handler", "乌鲁木齐市人社局 刘经办", Role.HANDLER, hr.id(), null);
        account("tax.handler", "乌鲁木齐市税务局 陈经办", Role.HANDLER, tax.id(), null);
        account("inspector1", "市场监管执法员 马军", Role.INSPECTOR, market.id(), null);
        account("inspector2", "市场监管执法员 古丽", Role.INSPECTOR, market.id(), null);
        account("supervisor", "营商环境监督员 赵敏", Role.SUPERVISOR, null, null);
        account("enterprise1", companies.get(0).name(), Role.ENTERPRISE, null, companies.get(0).creditCode().value());
        account("enterprise2", companies.get(1).name(), Role.ENTERPRISE, null, companies.get(1).creditCode().value());
    }

    /** Two active SMEs in 乌鲁木齐, the first found in credit-code order (deterministic for a seed). */
    private List<MarketEntity> demoCompanies(RegionCode region) {
        List<MarketEntity> found = entities.search(new EntitySearch("", region.code(), null, 0, 200)).items().stream()
                .filter(e -> e.kind() == EntityKind.ENTERPRISE && e.status() == EntityStatus.ACTIVE && e.isSme())
                .limit(2).toList();
        if (found.size() < 2) {
            throw new IllegalStateException("演示数据中缺少乌鲁木齐的中小企业，无法创建企业演示账号");
        }
        return found;
    }

    private Department department(RegionCode region, DepartmentFunction function) {
        return departments.responsibleFor(region, function)
                .orElseThrow(() -> new IllegalStateException("部门树缺少 " + region.code() + " " + function));
    }

    private void account(String username, String name, Role role, DepartmentId department, String creditCode) {
        if (accounts.byUsername(username).isEmpty()) {
            accounts.createDemoAccount(new NewAccount(username, PASSWORD, name, role, department, creditCode, null));
        }
    }
}
