package cn.yingshang.cockpit.internal;

import cn.yingshang.platform.Text;
import java.time.LocalDate;
import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** Supervisors' observations whose rectification closed in the period: complaints about the business environment. */
@Component
class ObservationComplaintCases implements ComplaintCases {

    private final JdbcClient jdbc;
    private final Supervision supervision;

    ObservationComplaintCases(JdbcClient jdbc, Supervision supervision) {
        this.jdbc = jdbc;
        this.supervision = supervision;
    }

    @Override
    public String name() {
        return Text.of("cockpit.observation.complaintSource");
    }

    @Override
    public List<ComplaintCase> closedBetween(LocalDate from, LocalDate to) {
        return jdbc.sql("""
                        SELECT o.id, o.subject, o.department_id, r.id AS rect FROM cockpit_observation o
                        JOIN cockpit_rectification r ON r.origin = 'OBSERVATION' AND r.origin_id = o.id
                        WHERE r.closed_on BETWEEN :from AND :to ORDER BY o.id""")
                .param("from", from).param("to", to)
                .query((rs, n) -> new ComplaintCase(Text.of("cockpit.observation.complaintCase", rs.getLong("id")), rs.getString("subject"),
                        supervision.departmentName(rs.getLong("department_id")), "/cockpit/rectifications/" + rs.getLong("rect")))
                .list();
    }
}
