package cn.yingshang.cockpit.internal;

import cn.yingshang.platform.Text;
import cn.yingshang.platform.DepartmentId;
import cn.yingshang.platform.Departments;
import cn.yingshang.shared.RegionCode;
import java.time.Clock;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.springframework.jdbc.core.simple.JdbcClient;

/** Figure sources over the cockpit's own records: service ratings and rectifications, survey answers, the task ledger. */
final class OwnFigureSources {

    private OwnFigureSources() {
    }

    /** SQL prefix of a region code ("650100" → "6501%", "650000" → "65%"), for "within this region". */
    static String regionLike(RegionCode region) {
        return region.likePattern();
    }

    static String departmentName(Departments departments, long id) {
        return departments.byId(DepartmentId.of(id)).map(d -> d.name()).orElse("");
    }

    /** Ratings of service halls (差评 share) and rectification deadlines met, by the rated department. */
    @org.springframework.stereotype.Component
    static class SupervisionSource implements FigureSource {

        private final JdbcClient jdbc;
        private final Departments departments;
        private final Clock clock;

        SupervisionSource(JdbcClient jdbc, Departments departments, Clock clock) {
            this.jdbc = jdbc;
            this.departments = departments;
            this.clock = clock;
        }

        @Override
        public String key() {
            return "supervision";
        }

        @Override
        public Map<String, String> measures() {
            return Map.of("ratings", Text.of("cockpit.figures.measure.ratings"), "poor-ratings", Text.of("cockpit.figures.measure.poorRatings"), "rectifications", Text.of("cockpit.figures.measure.rectifications"),
                    "rectifications-overdue", Text.of("cockpit.figures.measure.rectificationsOverdue"));
        }

        @Override
        public List<Tally> tally(YearMonth month, Set<String> measures, Map<String, String> filters) {
            LocalDate today = LocalDate.now(clock);
            List<Tally> ratings = jdbc.sql("""
                            SELECT region_code, department_id, count(*), count(*) FILTER (WHERE level <= 2)
                            FROM cockpit_service_rating WHERE rated_on BETWEEN :from AND :to GROUP BY region_code, department_id""")
                    .param("from", month.atDay(1)).param("to", month.atEndOfMonth())
                    .query((rs, n) -> List.of(
                            Tally.of("ratings", RegionCode.of(rs.getString(1)), rs.getLong(2), rs.getLong(3)),
                            Tally.of("poor-ratings", RegionCode.of(rs.getString(1)), rs.getLong(2), rs.getLong(4))))
                    .list().stream().flatMap(List::stream).toList();
            List<Tally> rectifications = jdbc.sql("""
                            SELECT region_code, department_id, count(*),
                              count(*) FILTER (WHERE (responded_on IS NULL AND :today > deadline) OR responded_on > deadline)
                            FROM cockpit_rectification WHERE deadline BETWEEN :from AND :to GROUP BY region_code, department_id""")
                    .param("from", month.atDay(1)).param("to", month.atEndOfMonth()).param("today", today)
                    .query((rs, n) -> List.of(
                            Tally.of("rectifications", RegionCode.of(rs.getString(1)), rs.getLong(2), rs.getLong(3)),
                            Tally.of("rectifications-overdue", RegionCode.of(rs.getString(1)), rs.getLong(2), rs.getLong(4))))
                    .list().stream().flatMap(List::stream).toList();
            return java.util.stream.Stream.concat(ratings.stream(), rectifications.stream())
                    .filter(t -> measures.contains(t.measure())).toList();
        }

        @Override
        public CasePage cases(String measure, YearMonth month, RegionCode region, Long departmentId,
                              Map<String, String> filters, int page, int size) {
            String dept = departmentId == null ? "" : " AND department_id = :d";
            if (measure.equals("ratings") || measure.equals("poor-ratings")) {
                String where = " FROM cockpit_service_rating WHERE rated_on BETWEEN :from AND :to AND region_code LIKE :r" + dept
                        + (measure.equals("poor-ratings") ? " AND level <= 2" : "");
                return page(where, "SELECT *" + where + " ORDER BY rated_on DESC, id DESC LIMIT :l OFFSET :o", month, region,
                        departmentId, page, size, (rs, n) -> new CaseRow(Text.of("cockpit.figures.rating", rs.getLong("id")),
                                Text.of("cockpit.figures.ratingText", rs.getString("place") + " " + rs.getString("window_name"),
                                        rs.getString("comment")),
                                RegionCode.of(rs.getString("region_code")).name(),
                                departmentName(departments, rs.getLong("department_id")),
                                ServiceLevel.of(rs.getInt("level")).label(), rs.getObject("rated_on", LocalDate.class),
                                null));  // ratings have no page of their own; the row says it all
            }
            String where = " FROM cockpit_rectification WHERE deadline BETWEEN :from AND :to AND region_code LIKE :r" + dept
                    + (measure.equals("rectifications-overdue")
                    ? " AND ((responded_on IS NULL AND CAST(:today AS date) > deadline) OR responded_on > deadline)" : "");
            return page(where, "SELECT *" + where + " ORDER BY deadline, id LIMIT :l OFFSET :o", month, region, departmentId,
                    page, size, (rs, n) -> {
                        Rectification r = Rectifications.map(rs, n);
                        return new CaseRow(Text.of("cockpit.figures.rectification", r.id()), r.issue(), RegionCode.of(r.regionCode()).name(),
                                departmentName(departments, r.departmentId()), r.status().label(), r.deadline(),
                                "/cockpit/rectifications/" + r.id());
                    });
        }

        private CasePage page(String where, String select, YearMonth month, RegionCode region, Long departmentId, int page,
                              int size, org.springframework.jdbc.core.RowMapper<CaseRow> mapper) {
            var count = jdbc.sql("SELECT count(*)" + where).param("from", month.atDay(1)).param("to", month.atEndOfMonth())
                    .param("r", regionLike(region));
            var rows = jdbc.sql(select).param("from", month.atDay(1)).param("to", month.atEndOfMonth())
                    .param("r", regionLike(region)).param("l", size).param("o", page * size);
            if (where.contains(":today")) {
                count = count.param("today", LocalDate.now(clock));
                rows = rows.param("today", LocalDate.now(clock));
            }
            if (departmentId != null) {
                count = count.param("d", departmentId);
                rows = rows.param("d", departmentId);
            }
            return new CasePage(rows.query(mapper).list(), page, size, count.query(Long.class).single());
        }
    }

    /** Survey answers on rating questions: how many, and how many at least 基本满意, by the rated department. */
    @org.springframework.stereotype.Component
    static class SurveySource implements FigureSource {

        private final JdbcClient jdbc;
        private final Departments departments;

        SurveySource(JdbcClient jdbc, Departments departments) {
            this.jdbc = jdbc;
            this.departments = departments;
        }

        @Override
        public String key() {
            return "survey";
        }

        @Override
        public Map<String, String> measures() {
            return Map.of("answers", Text.of("cockpit.figures.measure.answers"), "satisfied", Text.of("cockpit.figures.measure.satisfied"));
        }

        @Override
        public List<Tally> tally(YearMonth month, Set<String> measures, Map<String, String> filters) {
            return jdbc.sql("""
                            SELECT a.region_code, q.department_id, count(*), count(*) FILTER (WHERE a.level >= 3)
                            FROM cockpit_survey_answer a JOIN cockpit_survey_question q ON q.id = a.question_id
                            WHERE q.kind = 'RATING' AND a.answered_at >= :from AND a.answered_at < :to
                            GROUP BY a.region_code, q.department_id""")
                    .param("from", month.atDay(1).atStartOfDay()).param("to", month.plusMonths(1).atDay(1).atStartOfDay())
                    .query((rs, n) -> List.of(
                            Tally.of("answers", RegionCode.of(rs.getString(1)), rs.getLong(2), rs.getLong(3)),
                            Tally.of("satisfied", RegionCode.of(rs.getString(1)), rs.getLong(2), rs.getLong(4))))
                    .list().stream().flatMap(List::stream).filter(t -> measures.contains(t.measure())).toList();
        }

        @Override
        public CasePage cases(String measure, YearMonth month, RegionCode region, Long departmentId,
                              Map<String, String> filters, int page, int size) {
            String where = """
                     FROM cockpit_survey_answer a JOIN cockpit_survey_question q ON q.id = a.question_id
                     JOIN cockpit_survey s ON s.id = a.survey_id
                     WHERE q.kind = 'RATING' AND a.answered_at >= :from AND a.answered_at < :to AND a.region_code LIKE :r"""
                    + (departmentId == null ? "" : " AND q.department_id = :d")
                    + (measure.equals("satisfied") ? " AND a.level >= 3" : "");
            var count = jdbc.sql("SELECT count(*)" + where);
            var rows = jdbc.sql("SELECT a.*, q.text AS qtext, q.department_id AS qdept, s.title " + where
                    + " ORDER BY a.answered_at DESC LIMIT :l OFFSET :o").param("l", size).param("o", page * size);
            for (var spec : List.of(count, rows)) {
                spec.param("from", month.atDay(1).atStartOfDay()).param("to", month.plusMonths(1).atDay(1).atStartOfDay())
                        .param("r", regionLike(region));
                if (departmentId != null) {
                    spec.param("d", departmentId);
                }
            }
            return new CasePage(rows.query((rs, n) -> new CaseRow(rs.getString("credit_code"),
                    Text.of("cockpit.figures.surveyAnswer", rs.getString("title"), rs.getString("qtext")), RegionCode.of(rs.getString("region_code")).name(),
                    departmentName(departments, rs.getLong("qdept")), ServiceLevel.of(rs.getInt("level")).label(),
                    cn.yingshang.platform.BeijingTime.local(rs.getTimestamp("answered_at").toInstant()).toLocalDate(),
                    "/cockpit/surveys/" + rs.getLong("survey_id"))).list(), page, size, count.query(Long.class).single());
        }
    }

    /** Reform tasks due by the month's end, and those of them overdue, by lead department. */
    @org.springframework.stereotype.Component
    static class LedgerSource implements FigureSource {

        private final TaskLedger ledger;
        private final Departments departments;
        private final Clock clock;

        LedgerSource(TaskLedger ledger, Departments departments, Clock clock) {
            this.ledger = ledger;
            this.departments = departments;
            this.clock = clock;
        }

        @Override
        public String key() {
            return "ledger";
        }

        @Override
        public Map<String, String> measures() {
            return Map.of("tasks", Text.of("cockpit.figures.measure.tasks"), "tasks-overdue", Text.of("cockpit.figures.measure.tasksOverdue"));
        }

        private List<TaskLedger.Task> due(YearMonth month) {
            return ledger.all().stream().filter(t -> t.deadline() != null && !t.deadline().isAfter(month.atEndOfMonth())
                    && t.leadDepartmentId() != null).toList();
        }

        private boolean overdue(TaskLedger.Task t, YearMonth month) {
            return t.isOverdue(FigureSource.asOf(month, LocalDate.now(clock)));
        }

        @Override
        public List<Tally> tally(YearMonth month, Set<String> measures, Map<String, String> filters) {
            List<Tally> tallies = new java.util.ArrayList<>();
            for (TaskLedger.Task t : due(month)) {
                RegionCode region = departments.byId(DepartmentId.of(t.leadDepartmentId())).map(d -> d.region())
                        .orElse(cn.yingshang.shared.Regions.XINJIANG);
                tallies.add(Tally.of("tasks", region, t.leadDepartmentId(), 1));
                if (overdue(t, month)) {
                    tallies.add(Tally.of("tasks-overdue", region, t.leadDepartmentId(), 1));
                }
            }
            return tallies.stream().filter(t -> measures.contains(t.measure())).toList();
        }

        @Override
        public CasePage cases(String measure, YearMonth month, RegionCode region, Long departmentId,
                              Map<String, String> filters, int page, int size) {
            List<CaseRow> rows = due(month).stream()
                    .filter(t -> !measure.equals("tasks-overdue") || overdue(t, month))
                    .filter(t -> departmentId == null || departmentId.equals(t.leadDepartmentId()))
                    .filter(t -> departments.byId(DepartmentId.of(t.leadDepartmentId()))
                            .map(d -> d.region().isWithin(region) || region.equals(d.region())).orElse(false))
                    .map(t -> new CaseRow("004 #" + t.number(), t.title(), "", t.leadDepartmentName(), t.status().label(),
                            t.deadline(), "/cockpit/tasks/" + t.id()))
                    .toList();
            return new CasePage(rows.stream().skip((long) page * size).limit(size).toList(), page, size, rows.size());
        }
    }
}
