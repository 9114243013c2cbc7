package cn.yingshang.cockpit.internal;

import cn.yingshang.platform.Text;
import cn.yingshang.platform.AuditLog;
import cn.yingshang.platform.Department;
import cn.yingshang.platform.DepartmentFunction;
import cn.yingshang.platform.DepartmentId;
import cn.yingshang.platform.Departments;
import cn.yingshang.shared.DomainViolation;
import cn.yingshang.shared.RegionCode;
import cn.yingshang.shared.Regions;
import java.math.BigDecimal;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import tools.jackson.databind.json.JsonMapper;

/**
 * Yearly assessment (绩效考评, 001 §6): a scheme of weighted indicators scores every prefecture and
 * every department from the year's figures, ranks them, and keeps the record of interviews (约谈)
 * and rectification orders for those below the pass mark.
 */
@Service
class Assessments {

    record Scheme(long id, int year, String name, BigDecimal passMark) {
    }

    record Weight(Indicator indicator, BigDecimal weight) {
    }

    record Result(String subjectKind, String subjectKey, String subjectName, BigDecimal score, int rank,
                  List<AssessmentScoring.Line> lines, boolean belowBar, List<Action> actions) {
    }

    record Action(long id, String kind, LocalDate heldOn, String note, String recordedBy) {
        public String kindLabel() {
            return Text.of("INTERVIEW".equals(kind) ? "cockpit.assessments.action.INTERVIEW" : "cockpit.assessments.action.RECTIFICATION_ORDER");
        }
    }

    private final JdbcClient jdbc;
    private final Indicators indicators;
    private final Departments departments;
    private final Rectifications rectifications;
    private final JsonMapper json;
    private final AuditLog audit;
    private final Clock clock;

    Assessments(JdbcClient jdbc, Indicators indicators, Departments departments, Rectifications rectifications, JsonMapper json,
                AuditLog audit, Clock clock) {
        this.jdbc = jdbc;
        this.indicators = indicators;
        this.departments = departments;
        this.rectifications = rectifications;
        this.json = json;
        this.audit = audit;
        this.clock = clock;
    }

    List<Scheme> schemes() {
        return jdbc.sql("SELECT * FROM cockpit_assessment_scheme ORDER BY year DESC").query((rs, n) -> new Scheme(rs.getLong("id"),
                rs.getInt("year"), rs.getString("name"), rs.getBigDecimal("pass_mark"))).list();
    }

    Scheme require(long id) {
        return schemes().stream().filter(s -> s.id() == id).findFirst()
                .orElseThrow(() -> new NoSuchElementException(Text.of("cockpit.assessments.notFound", id)));
    }

    @Transactional
    Scheme create(Integer year, String name, BigDecimal passMark) {
        if (year == null || year < 2020 || year > 2100) {
            throw DomainViolation.of("year", "cockpit.assessments.yearRequired");
        }
        if (name == null || name.isBlank()) {
            throw DomainViolation.of("name", "cockpit.assessments.nameRequired");
        }
        if (passMark == null || passMark.signum() <= 0 || passMark.compareTo(AssessmentScoring.FULL) > 0) {
            throw DomainViolation.of("passMark", "cockpit.assessments.passMarkRange");
        }
        if (jdbc.sql("SELECT count(*) FROM cockpit_assessment_scheme WHERE year = :y").param("y", year).query(Long.class).single() > 0) {
            throw DomainViolation.of("year", "cockpit.assessments.yearExists", String.valueOf(year));
        }
        long id = jdbc.sql("INSERT INTO cockpit_assessment_scheme (year, name, pass_mark) VALUES (:y, :n, :p) RETURNING id")
                .param("y", year).param("n", name.strip()).param("p", passMark).query(Long.class).single();
        audit.record("cockpit.assessment.create", "assessment", String.valueOf(id), null, require(id));
        return require(id);
    }

    @Transactional
    void weigh(long schemeId, String indicatorCode, BigDecimal weight) {
        require(schemeId);
        Indicator i = indicators.byCode(indicatorCode).orElseThrow(() -> DomainViolation.of("indicator", "cockpit.assessments.indicatorRequired"));
        if (weight == null || weight.signum() <= 0) {
            throw DomainViolation.of("weight", "cockpit.assessments.weightPositive");
        }
        jdbc.sql("""
                        INSERT INTO cockpit_assessment_weight (scheme_id, indicator_id, weight) VALUES (:s, :i, :w)
                        ON CONFLICT (scheme_id, indicator_id) DO UPDATE SET weight = EXCLUDED.weight""")
                .param("s", schemeId).param("i", i.id()).param("w", weight).update();
        audit.record("cockpit.assessment.weight", "assessment", String.valueOf(schemeId), null,
                Map.of("indicator", indicatorCode, "weight", weight));
    }

    List<Weight> weights(long schemeId) {
        return jdbc.sql("SELECT indicator_id, weight FROM cockpit_assessment_weight WHERE scheme_id = :s ORDER BY indicator_id")
                .param("s", schemeId).query((rs, n) -> new Weight(indicators.byId(rs.getLong(1)).orElseThrow(),
                        rs.getBigDecimal(2))).list();
    }

    /** Scores every prefecture and department from the year's monthly figures (sums of numerators over sums of denominators). */
    @Transactional
    void score(long schemeId) {
        Scheme scheme = require(schemeId);
        List<Weight> weights = weights(schemeId);
        if (weights.isEmpty()) {
            throw DomainViolation.of("indicator", "cockpit.assessments.noIndicators");
        }
        Map<String, List<AssessmentScoring.Part>> regionParts = new HashMap<>();
        Map<String, List<AssessmentScoring.Part>> departmentParts = new HashMap<>();
        for (Weight w : weights) {
            var sums = jdbc.sql("""
                            SELECT region_code, department_id, sum(numerator), sum(denominator) FROM cockpit_indicator_value
                            WHERE indicator_id = :i AND period BETWEEN :from AND :to GROUP BY region_code, department_id""")
                    .param("i", w.indicator().id()).param("from", YearMonth.of(scheme.year(), 1).toString())
                    .param("to", YearMonth.of(scheme.year(), 12).toString())
                    .query((rs, n) -> new Object[]{rs.getString(1).strip(), rs.getLong(2), rs.getBigDecimal(3), rs.getBigDecimal(4)})
                    .list();
            for (Object[] row : sums) {
                String region = (String) row[0];
                long dept = (Long) row[1];
                Indicator.Figure f = w.indicator().rate((BigDecimal) row[2], (BigDecimal) row[3]);
                if (dept == 0 && !region.equals(Regions.XINJIANG.code())) {
                    regionParts.computeIfAbsent(region, k -> new ArrayList<>()).add(new AssessmentScoring.Part(w.indicator(), w.weight(), f));
                } else if (dept != 0 && region.equals(Regions.XINJIANG.code())) {
                    departmentParts.computeIfAbsent(String.valueOf(dept), k -> new ArrayList<>())
                            .add(new AssessmentScoring.Part(w.indicator(), w.weight(), f));
                }
            }
        }
        jdbc.sql("DELETE FROM cockpit_assessment_score WHERE scheme_id = :s").param("s", schemeId).update();
        store(schemeId, "REGION", regionParts, k -> RegionCode.of(k).name());
        store(schemeId, "DEPARTMENT", departmentParts,
                k -> departments.byId(DepartmentId.of(Long.parseLong(k))).map(Department::name).orElse(Text.of("cockpit.departmentById", k)));
        audit.record("cockpit.assessment.score", "assessment", String.valueOf(schemeId), null, Map.of("year", scheme.year()));
    }

    private void store(long schemeId, String kind, Map<String, List<AssessmentScoring.Part>> parts,
                       java.util.function.Function<String, String> names) {
        List<Map.Entry<String, AssessmentScoring.Score>> scored = parts.entrySet().stream()
                .map(e -> Map.entry(e.getKey(), AssessmentScoring.score(e.getValue())))
                .sorted(Comparator.comparing((Map.Entry<String, AssessmentScoring.Score> e) -> e.getValue().score()).reversed())
                .toList();
        int rank = 0;
        for (var e : scored) {
            rank++;
            jdbc.sql("""
                            INSERT INTO cockpit_assessment_score (scheme_id, subject_kind, subject_key, subject_name, score, details, rank, scored_at)
                            VALUES (:s, :k, :key, :name, :score, CAST(:details AS jsonb), :rank, :at)""")
                    .param("s", schemeId).param("k", kind).param("key", e.getKey()).param("name", names.apply(e.getKey()))
                    .param("score", e.getValue().score()).param("details", json.writeValueAsString(e.getValue().lines()))
                    .param("rank", rank).param("at", Timestamp.from(clock.instant())).update();
        }
    }

    List<Result> results(long schemeId, String kind) {
        Scheme scheme = require(schemeId);
        return jdbc.sql("SELECT * FROM cockpit_assessment_score WHERE scheme_id = :s AND subject_kind = :k ORDER BY rank")
                .param("s", schemeId).param("k", kind).query((rs, n) -> new Result(kind, rs.getString("subject_key"),
                        rs.getString("subject_name"), rs.getBigDecimal("score"), rs.getInt("rank"),
                        List.of(json.readValue(rs.getString("details"), AssessmentScoring.Line[].class)),
                        rs.getBigDecimal("score").compareTo(scheme.passMark()) < 0,
                        actions(schemeId, kind, rs.getString("subject_key")))).list();
    }

    List<Action> actions(long schemeId, String kind, String key) {
        return jdbc.sql("SELECT * FROM cockpit_assessment_action WHERE scheme_id = :s AND subject_kind = :k AND subject_key = :key ORDER BY held_on")
                .param("s", schemeId).param("k", kind).param("key", key)
                .query((rs, n) -> new Action(rs.getLong("id"), rs.getString("kind"), rs.getObject("held_on", LocalDate.class),
                        rs.getString("note"), rs.getString("recorded_by"))).list();
    }

    /**
     * Records an interview (约谈) or a rectification order for a subject below the bar (001 §6); an
     * order also opens a rectification item for the department (for a prefecture: its business-environment office).
     */
    @Transactional
    void act(long schemeId, String kind, String key, String actionKind, LocalDate heldOn, String note, String by) {
        Result result = results(schemeId, kind).stream().filter(r -> r.subjectKey().equals(key)).findFirst()
                .orElseThrow(() -> DomainViolation.of("_form", "cockpit.assessments.noScore"));
        if (!result.belowBar()) {
            throw DomainViolation.of("_form", "cockpit.assessments.notBelowPassMark");
        }
        if (!"INTERVIEW".equals(actionKind) && !"RECTIFICATION_ORDER".equals(actionKind)) {
            throw DomainViolation.of("kind", "cockpit.assessments.actionKindRequired");
        }
        if (note == null || note.isBlank()) {
            throw DomainViolation.of("note", "cockpit.assessments.actionNoteRequired");
        }
        LocalDate day = heldOn == null ? LocalDate.now(clock) : heldOn;
        long id = jdbc.sql("""
                        INSERT INTO cockpit_assessment_action (scheme_id, subject_kind, subject_key, kind, held_on, note, recorded_by)
                        VALUES (:s, :k, :key, :kind, :d, :n, :by) RETURNING id""")
                .param("s", schemeId).param("k", kind).param("key", key).param("kind", actionKind).param("d", day)
                .param("n", note.strip()).param("by", by).query(Long.class).single();
        if ("RECTIFICATION_ORDER".equals(actionKind)) {
            Department department = "DEPARTMENT".equals(kind)
                    ? departments.require(DepartmentId.of(Long.parseLong(key)))
                    : departments.responsibleFor(RegionCode.of(key), DepartmentFunction.BIZ_ENV_OFFICE)
                    .orElseThrow(() -> DomainViolation.of("_form", "cockpit.assessments.noOffice"));
            rectifications.open(Rectification.Origin.ASSESSMENT, id, department, department.region(),
                    Text.of("cockpit.assessments.rectificationOrder", require(schemeId).year(), String.valueOf(result.score()), note.strip()));
        }
        audit.record("cockpit.assessment.action", "assessment", String.valueOf(schemeId), null,
                Map.of("subject", kind + ":" + key, "kind", actionKind, "note", note));
    }
}
