package cn.yingshang.projects.internal;

import cn.yingshang.platform.Accounts;
import cn.yingshang.platform.Department;
import cn.yingshang.platform.DepartmentFunction;
import cn.yingshang.platform.Departments;
import cn.yingshang.platform.JobLocks;
import cn.yingshang.platform.Role;
import cn.yingshang.reference.WorkingCalendars;
import cn.yingshang.registry.EntityKind;
import cn.yingshang.registry.EntitySearch;
import cn.yingshang.registry.EntityStatus;
import cn.yingshang.registry.MarketEntities;
import cn.yingshang.registry.MarketEntity;
import cn.yingshang.shared.RegionCode;
import cn.yingshang.shared.TimeLimit;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * On first start with demo data on: the steward account {@code xm.steward} (乌鲁木齐市商务局) and three
 * projects in different stages, with a late approval, one decided under 告知承诺, and promises kept and
 * pending. Every date lies between the investor's establishment and today. Texts come from the bundle.
 */
@Component
@Order(60)
class ProjectsDemoData implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(ProjectsDemoData.class);
    static final String STEWARD = "xm.steward";
    static final String REGISTRAR = "bdc.handler";

    private final Projects projects;
    private final MarketEntities entities;
    private final Departments departments;
    private final Accounts accounts;
    private final WorkingCalendars calendars;
    private final ProjectMessages messages;
    private final JdbcClient jdbc;
    private final JobLocks jobLocks;
    private final Clock clock;
    private final boolean enabled;

    ProjectsDemoData(Projects projects, MarketEntities entities, Departments departments, Accounts accounts,
                     WorkingCalendars calendars, ProjectMessages messages, JdbcClient jdbc, JobLocks jobLocks, Clock clock,
                     @Value("${yingshang.demo.enabled:false}") boolean enabled) {
        this.projects = projects;
        this.entities = entities;
        this.departments = departments;
        this.accounts = accounts;
        this.calendars = calendars;
        this.messages = messages;
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
        if (!enabled || entities.count() == 0) {
            return;
        }
        RegionCode urumqi = RegionCode.of("650100");
        Department commerce = departments.responsibleFor(urumqi, DepartmentFunction.COMMERCE).orElseThrow();
        if (accounts.byUsername(STEWARD).isEmpty()) {
            accounts.createDemoAccount(new Accounts.NewAccount(STEWARD, "Demo@2025", messages.text("projects.demo.steward"),
                    Role.HANDLER, commerce.id(), null, null));
        }
        // property registration (不动产登记) reads joint acceptance results online (004 #23)
        if (accounts.byUsername(REGISTRAR).isEmpty()) {
            departments.responsibleFor(urumqi, DepartmentFunction.NATURAL_RESOURCES).ifPresent(d ->
                    accounts.createDemoAccount(new Accounts.NewAccount(REGISTRAR, "Demo@2025", messages.text("projects.demo.registrar"),
                            Role.HANDLER, d.id(), null, null)));
        }
        if (jdbc.sql("SELECT count(*) FROM prj_project").query(Long.class).single() > 0) {
            return;
        }
        var steward = accounts.byUsername(STEWARD).orElseThrow();
        LocalDate today = LocalDate.now(clock);
        List<MarketEntity> investors = entities.search(new EntitySearch("", "6501", null, 0, 200)).items().stream()
                .filter(e -> e.kind() == EntityKind.ENTERPRISE && e.status() == EntityStatus.ACTIVE
                        && e.established().isBefore(today.minusDays(400)))
                .skip(10).limit(3).toList();
        if (investors.size() < 3) {
            log.info("Too few demo enterprises for project demo data");
            return;
        }
        // 1: in approval, one step decided under 告知承诺, one running late, one on time
        long plant = project(investors.get(0), "projects.demo.p1", "projects.demo.chain1", "52000", steward, commerce,
                today.minusDays(150), ProjectStage.APPROVAL, today.minusDays(60));
        long planning = projects.insertApproval(plant, messages.text("projects.demo.a1"), messages.text("projects.demo.d1"), null, 20, false);
        start(planning, urumqi, today.minusDays(50), 20);
        long construction = projects.insertApproval(plant, messages.text("projects.demo.a2"), messages.text("projects.demo.d2"), null, 7, true);
        projects.approveOnPromise(construction, today.minusDays(45), deadline(urumqi, today.minusDays(45), 7),
                messages.text("projects.demo.commitment"));
        long fire = projects.insertApproval(plant, messages.text("projects.demo.a3"), messages.text("projects.demo.d3"), null, 15, false);
        start(fire, urumqi, today.minusDays(5), 15);
        long promise = projects.insertPromise(plant, messages.text("projects.demo.pr1"), messages.text("projects.demo.b1"),
                messages.text("projects.demo.by"), today.minusDays(30), null, null);
        projects.settlePromise(promise, PromiseStatus.KEPT, today.minusDays(35), null, null);
        projects.insertPromise(plant, messages.text("projects.demo.pr2"), messages.text("projects.demo.b2"),
                messages.text("projects.demo.by"), today.plusDays(60), null, null);
        // 2: under construction, its approvals decided on time
        long park = project(investors.get(1), "projects.demo.p2", "projects.demo.chain2", "18000", steward, commerce,
                today.minusDays(300), ProjectStage.CONSTRUCTION, today.minusDays(90));
        long permit = projects.insertApproval(park, messages.text("projects.demo.a2"), messages.text("projects.demo.d2"), null, 7, false);
        start(permit, urumqi, today.minusDays(120), 7);
        projects.approve(permit, today.minusDays(115));
        // 3: just signed
        project(investors.get(2), "projects.demo.p3", "projects.demo.chain3", "6500", steward, commerce,
                today.minusDays(40), ProjectStage.SIGNING, today.minusDays(12));
        log.info("Loaded project demo data: 3 projects");
    }

    private long project(MarketEntity investor, String nameKey, String chainKey, String investment, Accounts.AccountView steward,
                         Department department, LocalDate attracted, ProjectStage stage, LocalDate stageSince) {
        long id = projects.insert(new Projects.NewProject(messages.text(nameKey), investor.creditCode(), investor.name(),
                messages.text(chainKey), department.region(), new BigDecimal(investment), department.id(), steward.id(),
                steward.displayName(), attracted));
        ProjectStage at = ProjectStage.ATTRACTION;
        long span = Math.max(1, java.time.temporal.ChronoUnit.DAYS.between(attracted, stageSince) / Math.max(1, stage.ordinal()));
        LocalDate on = attracted;
        while (at != stage) {
            ProjectStage next = at.next().orElseThrow();
            on = next == stage ? stageSince : on.plusDays(span);
            if (at == ProjectStage.LANDING) {
                for (CleanLandItem item : CleanLandItem.values()) {
                    projects.confirmCleanLand(id, item, on, steward.displayName());
                }
            }
            projects.advance(id, at, next, on, null);
            at = next;
        }
        return id;
    }

    private void start(long approval, RegionCode region, LocalDate on, int limit) {
        projects.startApproval(approval, on, deadline(region, on, limit));
    }

    private LocalDate deadline(RegionCode region, LocalDate on, int limit) {
        return calendars.deadline(region, on, TimeLimit.workingDays(limit));
    }
}
