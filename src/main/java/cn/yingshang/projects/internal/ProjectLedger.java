package cn.yingshang.projects.internal;

import cn.yingshang.platform.AuditLog;
import cn.yingshang.platform.Departments;
import cn.yingshang.platform.SignedInUser;
import cn.yingshang.registry.MarketEntities;
import cn.yingshang.registry.MarketEntity;
import cn.yingshang.shared.CreditCode;
import cn.yingshang.shared.DomainViolation;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Map;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** A steward registers a project and moves it along its life cycle (001 §43). */
@Component
class ProjectLedger {

    private final Projects projects;
    private final ProjectAccess access;
    private final Departments departments;
    private final MarketEntities entities;
    private final ProjectMessages messages;
    private final AuditLog audit;
    private final Clock clock;
    private final UnitWorks unitWorks;

    ProjectLedger(Projects projects, ProjectAccess access, Departments departments, MarketEntities entities,
                  ProjectMessages messages, AuditLog audit, Clock clock, UnitWorks unitWorks) {
        this.unitWorks = unitWorks;
        this.projects = projects;
        this.access = access;
        this.departments = departments;
        this.entities = entities;
        this.messages = messages;
        this.audit = audit;
        this.clock = clock;
    }

    LocalDate today() {
        return LocalDate.now(clock);
    }

    /** The official who registers the project is its steward, for the department they work in. */
    @Transactional
    long register(ProjectForm form, SignedInUser steward) {
        if (!steward.can("projects:manage") || steward.departmentId() == null) {
            throw messages.violation(null, "projects.register.noDepartment");
        }
        String name = messages.required("name", form.name());
        String chain = messages.required("industryChain", form.industryChain());
        CreditCode investor;
        try {
            investor = CreditCode.of(form.investorCreditCode() == null ? "" : form.investorCreditCode().strip());
        } catch (DomainViolation e) {
            throw new DomainViolation("investorCreditCode", e.getMessage());
        }
        String investorName = entities.find(investor).map(MarketEntity::name)
                .orElseGet(() -> messages.required("investorName", form.investorName()));
        if (form.investment() == null || form.investment().compareTo(BigDecimal.ZERO) <= 0) {
            throw messages.violation("investment", "projects.register.investment");
        }
        if (form.attractedOn() == null || form.attractedOn().isAfter(today())) {
            throw messages.violation("attractedOn", "projects.register.attractedOn");
        }
        var department = departments.require(steward.departmentId());
        long id = projects.insert(new Projects.NewProject(name, investor, investorName, chain, department.region(),
                form.investment(), department.id(), steward.accountId(), steward.displayName(), form.attractedOn()));
        audit.record("projects.register", "prj_project", Long.toString(id), null,
                Map.of("name", name, "investor", investor.value(), "steward", steward.username()));
        return id;
    }

    /** The next stage is reached today; the date becomes the project's milestone. */
    @Transactional
    ProjectStage advance(long projectId, String note, SignedInUser user) {
        Project project = access.manageable(projectId, user);
        ProjectStage next = project.stage().next().orElseThrow(() -> messages.violation(null, "projects.stage.last"));
        if (project.stage() == ProjectStage.LANDING && projects.cleanLand(projectId).size() < CleanLandItem.values().length) {
            // 004 #21: the land is offered clean, or the project does not move on to its approvals
            throw messages.violation(null, "projects.cleanLand.incomplete");
        }
        if (project.stage() == ProjectStage.ACCEPTANCE && !unitWorks.allAccepted(projectId)) {
            // 004 #22: operation starts once the unit works are jointly accepted
            throw messages.violation(null, "projects.unitWork.incomplete");
        }
        projects.advance(projectId, project.stage(), next, today(), note == null || note.isBlank() ? null : note.strip());
        audit.record("projects.advance", "prj_project", Long.toString(projectId), project.stage().name(), next.name());
        return next;
    }

    @Transactional
    void confirmCleanLand(long projectId, CleanLandItem item, SignedInUser user) {
        access.manageable(projectId, user);
        projects.confirmCleanLand(projectId, item, today(), user.displayName());
        audit.record("projects.cleanLand.confirm", "prj_project", Long.toString(projectId), null, item.name());
    }

}
