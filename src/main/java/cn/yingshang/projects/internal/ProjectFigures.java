package cn.yingshang.projects.internal;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** The office's figures on projects: how many stand in each stage and how long, promises kept, approvals on time. */
@Component
class ProjectFigures {

    private final JdbcClient jdbc;

    ProjectFigures(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    record StageLine(ProjectStage stage, long projects, BigDecimal averageDaysInStage, long longestDaysInStage) {
    }

    record Promises(long pending, long kept, long broken, long brokenByBody, long overdue) {
    }

    /**
     * Decided steps on time or late, and running steps still within their limit or already past it;
     * of the decided ones, those run as service cases of the services module and decided within the limit.
     */
    record Approvals(long decidedOnTime, long decidedLate, long runningOnTime, long runningLate, long onNotifyAndCommit,
                     long serviceCasesOnTime, long serviceCasesDecided) {

        public BigDecimal serviceCasesOnTimePercent() {
            return serviceCasesDecided == 0 ? null : BigDecimal.valueOf(serviceCasesOnTime * 1000 / serviceCasesDecided, 1);
        }

        public BigDecimal onTimePercent() {
            long decided = decidedOnTime + decidedLate;
            return decided == 0 ? null : BigDecimal.valueOf(decidedOnTime * 1000 / decided, 1);
        }
    }

    List<StageLine> byStage(LocalDate today) {
        return jdbc.sql("""
                        SELECT stage, count(*) AS n, round(avg(:today - stage_since), 1) AS avg_days, max(:today - stage_since) AS max_days
                        FROM prj_project GROUP BY stage""")
                .param("today", today)
                .query((rs, n) -> new StageLine(ProjectStage.valueOf(rs.getString("stage")), rs.getLong("n"),
                        rs.getBigDecimal("avg_days"), rs.getLong("max_days"))).list()
                .stream().sorted(java.util.Comparator.comparing(StageLine::stage)).toList();
    }

    Promises promises(LocalDate today) {
        return jdbc.sql("""
                        SELECT count(*) FILTER (WHERE status = 'PENDING') AS pending,
                               count(*) FILTER (WHERE status = 'KEPT') AS kept,
                               count(*) FILTER (WHERE status = 'BROKEN') AS broken,
                               count(*) FILTER (WHERE status = 'BROKEN' AND body_at_fault) AS by_body,
                               count(*) FILTER (WHERE status = 'PENDING' AND due_on < :today) AS overdue
                        FROM prj_promise""")
                .param("today", today)
                .query((rs, n) -> new Promises(rs.getLong("pending"), rs.getLong("kept"), rs.getLong("broken"),
                        rs.getLong("by_body"), rs.getLong("overdue"))).single();
    }

    Approvals approvals(LocalDate today) {
        return jdbc.sql("""
                        SELECT count(*) FILTER (WHERE status IN ('APPROVED', 'REFUSED') AND decided_on <= due_on) AS on_time,
                               count(*) FILTER (WHERE status IN ('APPROVED', 'REFUSED') AND decided_on > due_on) AS late,
                               count(*) FILTER (WHERE status = 'RUNNING' AND :today <= due_on) AS running_on_time,
                               count(*) FILTER (WHERE status = 'RUNNING' AND :today > due_on) AS running_late,
                               count(*) FILTER (WHERE status = 'APPROVED' AND notify_and_commit) AS on_promise,
                               count(*) FILTER (WHERE service_case_id IS NOT NULL AND status IN ('APPROVED', 'REFUSED')
                                                AND decided_on <= due_on) AS cases_on_time,
                               count(*) FILTER (WHERE service_case_id IS NOT NULL AND status IN ('APPROVED', 'REFUSED')) AS cases_decided
                        FROM prj_approval""")
                .param("today", today)
                .query((rs, n) -> new Approvals(rs.getLong("on_time"), rs.getLong("late"), rs.getLong("running_on_time"),
                        rs.getLong("running_late"), rs.getLong("on_promise"), rs.getLong("cases_on_time"), rs.getLong("cases_decided")))
                .single();
    }

    /** Service guarantees of private investment projects (003 §13 (二)): secured by their date or after it, and those still open past it. */
    record Guarantees(long tracked, long securedOnTime, long securedLate, long openOnTime, long openOverdue) {
    }

    Guarantees guarantees(LocalDate today) {
        return jdbc.sql("""
                        SELECT count(*) AS tracked,
                               count(*) FILTER (WHERE done_on IS NOT NULL AND done_on <= due_on) AS secured_on_time,
                               count(*) FILTER (WHERE done_on IS NOT NULL AND done_on > due_on) AS secured_late,
                               count(*) FILTER (WHERE done_on IS NULL AND :today <= due_on) AS open_on_time,
                               count(*) FILTER (WHERE done_on IS NULL AND :today > due_on) AS open_overdue
                        FROM prj_guarantee""")
                .param("today", today)
                .query((rs, n) -> new Guarantees(rs.getLong("tracked"), rs.getLong("secured_on_time"), rs.getLong("secured_late"),
                        rs.getLong("open_on_time"), rs.getLong("open_overdue"))).single();
    }
}
