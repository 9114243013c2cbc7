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
    private final Parks parks;
    private final UnitWorks unitWorks;
    private final OpenProjects open;
    private final MarketEntities entities;
    private final Departments departments;
    private final Accounts accounts;
    private final WorkingCalendars calendars;
    private final ProjectMessages messages;
    private final JdbcClient jdbc;
    private final JobLocks jobLocks;
    private final Clock clock;
    private final boolean enabled;

    ProjectsDemoData(Projects projects, Parks parks, UnitWorks unitWorks, OpenProjects open, MarketEntities entities, Departments departments, Accounts accounts,
                     WorkingCalendars calendars, ProjectMessages messages, JdbcClient jdbc, JobLocks jobLocks, Clock clock,
                     @Value("${yingshang.demo.enabled:false}") boolean enabled) {
        this.projects = projects;
        this.parks = parks;
        this.unitWorks = unitWorks;
        this.open = open;
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
        site(plant, park, commerce, today);
        openToPrivateInvestment(investors.get(2), commerce, today);
        log.info("Loaded project demo data: 3 projects, a park, unit works, guarantees and 2 projects open to private investment");
    }

    /**
     * The development zone's regional assessments, reused by the cold-chain park project placed in it
     * (001 §24); that project's unit works, one jointly accepted and visible to property registration
     * (004 #22–23); service guarantees, one secured and one overdue (003 §13).
     */
    private void site(long plant, long coldChain, Department department, LocalDate today) {
        long zone = parks.insert(messages.text("projects.demo.park"), department.region(), department.id()).orElseThrow();
        String by = messages.text("projects.demo.by");
        for (AssessmentKind kind : List.of(AssessmentKind.PLANNING_EIA, AssessmentKind.ENERGY, AssessmentKind.GEOLOGICAL_HAZARD,
                AssessmentKind.SOIL_AND_WATER, AssessmentKind.SEISMIC)) {
            parks.recordAssessment(zone, kind, messages.text("projects.demo.assessment." + kind.name()), today.minusYears(1),
                    today.plusYears(2), by);
        }
        parks.putOnNegativeList(zone, AssessmentKind.FLOOD, messages.text("projects.demo.negative"));
        parks.place(coldChain, zone);
        parks.place(plant, zone);
        long cold = unitWorks.insert(coldChain, messages.text("projects.demo.unit1")).orElseThrow();
        unitWorks.insert(coldChain, messages.text("projects.demo.unit2"));
        unitWorks.accept(cold, today.minusDays(8), "YS-2026-0108", messages.text("projects.demo.acceptanceDepartments"), "BA-2026-0108", by);
        open.track(coldChain, GuaranteeKind.POWER, today.minusDays(40));
        open.secured(coldChain, GuaranteeKind.POWER, today.minusDays(45));
        open.track(coldChain, GuaranteeKind.ROAD, today.minusDays(6));
        open.track(plant, GuaranteeKind.WATER, today.plusDays(30));
    }

    /** Two major projects open to private investment (003 §13), one question answered and one waiting. */
    private void openToPrivateInvestment(MarketEntity asker, Department department, LocalDate today) {
        long hydrogen = open.publish(messages.text("projects.demo.open1"), messages.text("projects.demo.open1.field"),
                messages.text("projects.demo.open1.description"), new BigDecimal("120000"), department.region().code(), department.id(),
                department.name(), today.minusDays(60));
        long answered = open.ask(hydrogen, asker.creditCode().value(), asker.name(), messages.text("projects.demo.question1"),
                today.minusDays(50));
        open.answer(answered, messages.text("projects.demo.answer1"), today.minusDays(47), messages.text("projects.demo.steward"));
        long storage = open.publish(messages.text("projects.demo.open2"), messages.text("projects.demo.open2.field"),
                messages.text("projects.demo.open2.description"), new BigDecimal("36000"), department.region().code(), department.id(),
                department.name(), today.minusDays(20));
        open.ask(storage, asker.creditCode().value(), asker.name(), messages.text("projects.demo.question2"), today.minusDays(3));
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
