package cn.yingshang.cockpit.internal;

import cn.yingshang.platform.Text;
import cn.yingshang.platform.Accounts;
import cn.yingshang.platform.AuditLog;
import cn.yingshang.platform.Department;
import cn.yingshang.platform.DepartmentId;
import cn.yingshang.platform.Departments;
import cn.yingshang.platform.Role;
import cn.yingshang.platform.SignedInUser;
import cn.yingshang.shared.DomainViolation;
import cn.yingshang.shared.RegionCode;
import cn.yingshang.shared.Regions;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Business-environment supervisors (000 §8, 001 §52, §53): the office appoints them for a term;
 * during it they file observations, which go to the responsible department as an appeal or a
 * rectification item, and rate service halls and windows on the five 好差评 levels.
 */
@Service
class Supervision {

    record Supervisor(long id, Long accountId, String name, String affiliation, String regionCode, String phone,
                      LocalDate termStart, LocalDate termEnd, LocalDate dismissedOn) {

        public boolean inOffice(LocalDate day) {
            return dismissedOn == null && !day.isBefore(termStart) && !day.isAfter(termEnd);
        }

        public String regionName() {
            return RegionCode.of(regionCode).name();
        }
    }

    record Appointment(String username, String name, String affiliation, String region, String phone, LocalDate termStart,
                       LocalDate termEnd) {
    }

    record ObservationForm(String kind, Long departmentId, String region, String subject, String detail, String phone) {
    }

    record RatingForm(Long departmentId, String region, String place, String windowName, Integer level, String comment) {
    }

    /** An observation as its author sees it, with what became of it. */
    record Observation(long id, ObservationKind kind, String subject, String detail, String departmentName, String regionName,
                       Instant filedAt, String outcomeKind, String outcomeRef, String outcomeLabel, String outcomeStatus,
                       String outcomeAnswer, String outcomeLink) {
    }

    record Rating(long id, String place, String windowName, String departmentName, String regionName, ServiceLevel level,
                  String comment, LocalDate ratedOn, Long rectificationId, String rectificationStatus) {
    }

    private final JdbcClient jdbc;
    private final Accounts accounts;
    private final Departments departments;
    private final Rectifications rectifications;
    private final ObservationRouting routing;
    private final AuditLog audit;
    private final Clock clock;

    Supervision(JdbcClient jdbc, Accounts accounts, Departments departments, Rectifications rectifications,
                ObservationRouting routing, AuditLog audit, Clock clock) {
        this.jdbc = jdbc;
        this.accounts = accounts;
        this.departments = departments;
        this.rectifications = rectifications;
        this.routing = routing;
        this.audit = audit;
        this.clock = clock;
    }

    List<Supervisor> register() {
        return jdbc.sql("SELECT * FROM cockpit_supervisor ORDER BY term_end DESC, name").query(Supervision::map).list();
    }

    Optional<Supervisor> ofAccount(long accountId) {
        return jdbc.sql("SELECT * FROM cockpit_supervisor WHERE account_id = :a ORDER BY term_end DESC LIMIT 1")
                .param("a", accountId).query(Supervision::map).optional();
    }

    @Transactional
    Supervisor appoint(Appointment a) {
        if (a.name() == null || a.name().isBlank()) {
            throw DomainViolation.of("name", "cockpit.supervision.nameRequired");
        }
        if (a.affiliation() == null || a.affiliation().isBlank()) {
            throw DomainViolation.of("affiliation", "cockpit.supervision.affiliationRequired");
        }
        RegionCode region = Regions.find(a.region() == null ? "" : a.region().strip())
                .orElseThrow(() -> DomainViolation.of("region", "cockpit.supervision.regionRequired"));
        if (a.termStart() == null || a.termEnd() == null) {
            throw DomainViolation.of("termStart", "cockpit.supervision.termRequired");
        }
        if (a.termEnd().isBefore(a.termStart())) {
            throw DomainViolation.of("termEnd", "cockpit.supervision.termEndBeforeStart");
        }
        Long accountId = null;
        if (a.username() != null && !a.username().isBlank()) {
            var account = accounts.byUsername(a.username().strip())
                    .orElseThrow(() -> DomainViolation.of("username", "cockpit.supervision.accountUnknown", a.username()));
            if (account.role() != Role.SUPERVISOR) {
                throw DomainViolation.of("username", "cockpit.supervision.notSupervisorRole");
            }
            accountId = account.id();
        }
        long id = jdbc.sql("""
                        INSERT INTO cockpit_supervisor (account_id, name, affiliation, region_code, phone, term_start, term_end)
                        VALUES (:a, :n, :aff, :r, :p, :s, :e) RETURNING id""")
                .param("a", accountId).param("n", a.name().strip()).param("aff", a.affiliation().strip())
                .param("r", region.code()).param("p", a.phone()).param("s", a.termStart()).param("e", a.termEnd())
                .query(Long.class).single();
        Supervisor created = byId(id);
        audit.record("cockpit.supervisor.appoint", "supervisor", String.valueOf(id), null, created);
        return created;
    }

    @Transactional
    void dismiss(long id) {
        Supervisor before = byId(id);
        cn.yingshang.shared.ConflictingChange.unlessOne(jdbc.sql("UPDATE cockpit_supervisor SET dismissed_on = :d WHERE id = :id AND dismissed_on IS NULL")
                .param("d", LocalDate.now(clock)).param("id", id).update());
        audit.record("cockpit.supervisor.dismiss", "supervisor", String.valueOf(id), before, byId(id));
    }

    Supervisor byId(long id) {
        return jdbc.sql("SELECT * FROM cockpit_supervisor WHERE id = :id").param("id", id).query(Supervision::map).optional()
                .orElseThrow(() -> new java.util.NoSuchElementException("supervisor " + id));
    }

    /** The supervisor the user is, in office today; anyone else may not file or rate. */
    Supervisor requireInOffice(SignedInUser user) {
        Supervisor s = ofAccount(user.accountId())
                .orElseThrow(() -> DomainViolation.of("_form", "cockpit.supervision.notAppointed"));
        if (!s.inOffice(LocalDate.now(clock))) {
            throw DomainViolation.of("_form", "cockpit.supervision.termOver");
        }
        return s;
    }

    @Transactional
    Observation file(SignedInUser user, ObservationForm form) {
        Supervisor s = requireInOffice(user);
        ObservationKind kind = ObservationKind.parse(form.kind());
        Department department = department(form.departmentId());
        RegionCode region = region(form.region(), department);
        if (form.subject() == null || form.subject().isBlank()) {
            throw DomainViolation.of("subject", "cockpit.supervision.subjectRequired");
        }
        if (form.subject().strip().length() > 100) {
            throw DomainViolation.of("subject", "cockpit.supervision.subjectTooLong");
        }
        if (form.detail() == null || form.detail().strip().length() < 10) {
            throw DomainViolation.of("detail", "cockpit.supervision.detailTooShort");
        }
        String phone = form.phone() == null || form.phone().isBlank() ? s.phone() : form.phone().strip();
        if (kind.becomesAppeal() && (phone == null || phone.isBlank())) {
            throw DomainViolation.of("phone", "cockpit.supervision.phoneRequired");
        }
        long id = jdbc.sql("""
                        INSERT INTO cockpit_observation (supervisor_id, kind, department_id, region_code, subject, detail, filed_at,
                          outcome_kind, outcome_ref)
                        VALUES (:s, :kind, :d, :r, :subject, :detail, :at, 'PENDING', '') RETURNING id""")
                .param("s", s.id()).param("kind", kind.name()).param("d", department.id().value()).param("r", region.code())
                .param("subject", form.subject().strip()).param("detail", form.detail().strip())
                .param("at", Timestamp.from(clock.instant())).query(Long.class).single();
        ObservationRouting.Outcome outcome = routing.route(new ObservationRouting.Filed(id, kind, s.name(), phone,
                user.accountId(), department, region, form.subject().strip(), form.detail().strip()));
        jdbc.sql("UPDATE cockpit_observation SET outcome_kind = :k, outcome_ref = :r WHERE id = :id")
                .param("k", outcome.kind()).param("r", outcome.reference()).param("id", id).update();
        audit.record("cockpit.observation.file", "observation", String.valueOf(id), null, form);
        return observationsOf(s.id()).stream().filter(o -> o.id() == id).findFirst().orElseThrow();
    }

    List<Observation> observationsOf(long supervisorId) {
        return jdbc.sql("SELECT * FROM cockpit_observation WHERE supervisor_id = :s ORDER BY filed_at DESC, id DESC")
                .param("s", supervisorId).query((rs, n) -> {
                    ObservationRouting.Outcome o = routing.follow(rs.getString("outcome_kind"), rs.getString("outcome_ref"));
                    return new Observation(rs.getLong("id"), ObservationKind.valueOf(rs.getString("kind")), rs.getString("subject"),
                            rs.getString("detail"), departmentName(rs.getLong("department_id")),
                            RegionCode.of(rs.getString("region_code")).name(), rs.getTimestamp("filed_at").toInstant(), o.kind(),
                            o.reference(), o.label(), o.status(), o.answer(), o.link());
                }).list();
    }

    @Transactional
    Rating rate(SignedInUser user, RatingForm form) {
        Supervisor s = requireInOffice(user);
        Department department = department(form.departmentId());
        RegionCode region = region(form.region(), department);
        if (form.place() == null || form.place().isBlank()) {
            throw DomainViolation.of("place", "cockpit.supervision.placeRequired");
        }
        if (form.level() == null) {
            throw DomainViolation.of("level", "cockpit.supervision.levelRequired");
        }
        ServiceLevel level = ServiceLevel.of(form.level());
        if (level.isPoor() && (form.comment() == null || form.comment().isBlank())) {
            throw DomainViolation.of("comment", "cockpit.supervision.poorNeedsComment");
        }
        LocalDate today = LocalDate.now(clock);
        long id = jdbc.sql("""
                        INSERT INTO cockpit_service_rating (supervisor_id, department_id, region_code, place, window_name, level, comment, rated_on)
                        VALUES (:s, :d, :r, :place, :w, :l, :c, :on) RETURNING id""")
                .param("s", s.id()).param("d", department.id().value()).param("r", region.code())
                .param("place", form.place().strip()).param("w", form.windowName() == null ? "" : form.windowName().strip())
                .param("l", level.level()).param("c", form.comment() == null ? "" : form.comment().strip()).param("on", today)
                .query(Long.class).single();
        audit.record("cockpit.rating.create", "service-rating", String.valueOf(id), null, form);
        if (level.isPoor()) {
            // 国办发〔2019〕51号: every 差评 is verified, rectified by a deadline and the rater visited again.
            rectifications.open(Rectification.Origin.RATING, id, department, region,
                    Text.of("cockpit.supervision.poorRating", level.label(), form.place().strip()
                            + (form.windowName() == null || form.windowName().isBlank() ? "" : " " + form.windowName().strip()),
                            form.comment().strip()));
        }
        return ratingsOf(s.id()).stream().filter(r -> r.id() == id).findFirst().orElseThrow();
    }

    List<Rating> ratingsOf(long supervisorId) {
        return jdbc.sql("""
                        SELECT r.*, x.id AS rect_id, x.status AS rect_status FROM cockpit_service_rating r
                        LEFT JOIN cockpit_rectification x ON x.origin = 'RATING' AND x.origin_id = r.id
                        WHERE r.supervisor_id = :s ORDER BY r.rated_on DESC, r.id DESC""")
                .param("s", supervisorId).query((rs, n) -> new Rating(rs.getLong("id"), rs.getString("place"),
                        rs.getString("window_name"), departmentName(rs.getLong("department_id")),
                        RegionCode.of(rs.getString("region_code")).name(), ServiceLevel.of(rs.getInt("level")),
                        rs.getString("comment"), rs.getObject("rated_on", LocalDate.class),
                        (Long) rs.getObject("rect_id"), rs.getString("rect_status") == null ? null
                        : Rectification.Status.valueOf(rs.getString("rect_status")).label())).list();
    }

    private Department department(Long id) {
        if (id == null) {
            throw DomainViolation.of("departmentId", "cockpit.supervision.departmentRequired");
        }
        return departments.byId(DepartmentId.of(id)).orElseThrow(() -> DomainViolation.of("departmentId", "cockpit.supervision.departmentUnknown"));
    }

    private static RegionCode region(String code, Department department) {
        if (code == null || code.isBlank()) {
            return department.region();
        }
        return Regions.find(code.strip()).orElseThrow(() -> DomainViolation.of("region", "cockpit.supervision.regionInvalid", code));
    }

    String departmentName(long id) {
        return departments.byId(DepartmentId.of(id)).map(Department::name).orElse(Text.of("cockpit.departmentById", id));
    }

    private static Supervisor map(java.sql.ResultSet rs, int n) throws java.sql.SQLException {
        return new Supervisor(rs.getLong("id"), (Long) rs.getObject("account_id"), rs.getString("name"),
                rs.getString("affiliation"), rs.getString("region_code"), rs.getString("phone"),
                rs.getObject("term_start", LocalDate.class), rs.getObject("term_end", LocalDate.class),
                rs.getObject("dismissed_on", LocalDate.class));
    }
}
