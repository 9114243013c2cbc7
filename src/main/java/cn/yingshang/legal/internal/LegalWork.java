package cn.yingshang.legal.internal;

import cn.yingshang.platform.Department;
import cn.yingshang.platform.DepartmentFunction;
import cn.yingshang.platform.Departments;
import cn.yingshang.platform.Portal;
import cn.yingshang.platform.SignedInUser;
import cn.yingshang.platform.ToDo;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * A political-legal officer's landing page: the court's filings waiting for review, mediation or
 * trial by their statutory deadline; the stalled criminal cases a police or procuratorate body must
 * clear; the property found unrelated that the acting body must release. Each read is scoped to the
 * officer's own body, as the list it links to is.
 */
@Component
class LegalWork implements cn.yingshang.platform.WorkToDo {

    private final JdbcClient jdbc;
    private final Departments departments;
    private final LegalMessages messages;
    private final Clock clock;

    LegalWork(JdbcClient jdbc, Departments departments, LegalMessages messages, Clock clock) {
        this.jdbc = jdbc;
        this.departments = departments;
        this.messages = messages;
        this.clock = clock;
    }

    @Override
    public List<ToDo> waitingFor(SignedInUser user, Portal portal) {
        if (portal != Portal.WORKBENCH || !user.can("legal:handle") || user.departmentId() == null) {
            return List.of();
        }
        Department body = departments.require(user.departmentId());
        LocalDate today = LocalDate.now(clock);
        List<ToDo> out = new ArrayList<>();
        if (body.function() == DepartmentFunction.COURT) {
            // the deadline that runs in each open stage: review of the filing, mediation, trial
            out.add(jdbc.sql("""
                            SELECT count(*), min(due) FILTER (WHERE due >= :t), count(*) FILTER (WHERE due < :t)
                            FROM (SELECT CASE status WHEN 'FILED' THEN review_due WHEN 'MEDIATING' THEN mediation_due
                                                     WHEN 'ACCEPTED' THEN trial_due END AS due
                                  FROM legal_court_case WHERE court_id = :b AND status IN ('FILED', 'MEDIATING', 'ACCEPTED')) c""")
                    .param("b", body.id().value()).param("t", today)
                    .query((rs, n) -> ToDo.count(160, messages.text("legal.todo.court"), rs.getLong(1),
                            rs.getObject(2, LocalDate.class), rs.getLong(3), "/workbench/legal/cases")).single());
        }
        if (body.function() == DepartmentFunction.PUBLIC_SECURITY || body.function() == DepartmentFunction.PROCURATORATE) {
            List<Long> overseen = departments.all().stream().filter(d -> departments.isWithin(d.id(), body.id()))
                    .map(d -> d.id().value()).toList();
            out.add(jdbc.sql("""
                            SELECT count(*), min(clear_by) FILTER (WHERE clear_by >= :t), count(*) FILTER (WHERE clear_by < :t)
                            FROM legal_stalled_case
                            WHERE status <> 'CLOSED' AND (lead_body_id IN (:b) OR procuratorate_id IN (:b) OR listed_by_id IN (:b))""")
                    .param("b", overseen).param("t", today)
                    .query((rs, n) -> ToDo.count(162, messages.text("legal.todo.stalled"), rs.getLong(1),
                            rs.getObject(2, LocalDate.class), rs.getLong(3), "/workbench/legal/stalled")).single());
        }
        if (PoliticalLegalBodies.MEASURE_TAKERS.contains(body.function())) {
            out.add(jdbc.sql("""
                            SELECT count(*), min(release_due) FILTER (WHERE release_due >= :t), count(*) FILTER (WHERE release_due < :t)
                            FROM legal_seizure WHERE acting_body_id = :b AND status = 'FOUND_UNRELATED'""")
                    .param("b", body.id().value()).param("t", today)
                    .query((rs, n) -> ToDo.count(161, messages.text("legal.todo.release"), rs.getLong(1),
                            rs.getObject(2, LocalDate.class), rs.getLong(3), "/workbench/legal/seizures")).single());
        }
        return out;
    }
}
