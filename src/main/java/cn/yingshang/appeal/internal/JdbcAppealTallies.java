package cn.yingshang.appeal.internal;

import cn.yingshang.appeal.AppealTallies;
import cn.yingshang.shared.RegionCode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** The cockpit's read of appeals: one grouped query for all counts, one paged query for the cases behind a count. */
@Component
class JdbcAppealTallies implements AppealTallies {

    private static final String COUNTED = " status NOT IN ('MERGED', 'DECLINED') ";
    private static final String OPEN = " clock_stage IS NOT NULL AND paused_on IS NULL AND status NOT IN ('CLOSED', 'REPLIED', 'MERGED', 'DECLINED') "
            + " AND submitted_on <= CAST(:asOf AS date) ";

    private final JdbcClient jdbc;

    JdbcAppealTallies(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    private static String condition(Measure measure) {
        return switch (measure) {
            case SUBMITTED -> COUNTED + " AND submitted_on BETWEEN :from AND :to";
            case COMPLAINTS -> COUNTED + " AND appeal_type = 'COMPLAINT' AND submitted_on BETWEEN :from AND :to";
            case CATALOGUE_COMPLAINTS -> COUNTED + " AND appeal_type = 'COMPLAINT' AND category IN ('FEES', 'CERTIFICATES')"
                    + " AND submitted_on BETWEEN :from AND :to";
            case ENFORCEMENT_COMPLAINTS -> COUNTED + " AND appeal_type = 'COMPLAINT' AND category IN ('INSPECTION', 'POLITICAL_LEGAL')"
                    + " AND submitted_on BETWEEN :from AND :to";
            case OPEN -> OPEN;
            case OVERDUE -> OPEN + " AND due_on < CAST(:asOf AS date)";
            case REPLIED -> COUNTED + " AND replied_on BETWEEN :from AND :to";
            case REPLIED_LATE -> COUNTED + " AND replied_on BETWEEN :from AND :to AND replied_late";
            case RATED -> COUNTED + " AND closed_on BETWEEN :from AND :to AND satisfaction IS NOT NULL";
            case SATISFIED -> COUNTED + " AND closed_on BETWEEN :from AND :to AND satisfaction IN ('SATISFIED', 'BASIC')";
        };
    }

    @Override
    public List<Tally> tally(LocalDate from, LocalDate to, LocalDate asOf) {
        StringBuilder select = new StringBuilder("SELECT region_code, lead_department_id");
        for (Measure m : Measure.values()) {
            select.append(", count(*) FILTER (WHERE ").append(condition(m)).append(")");
        }
        select.append(" FROM appeal WHERE (submitted_on BETWEEN :from AND :to) OR (replied_on BETWEEN :from AND :to)"
                + " OR (closed_on BETWEEN :from AND :to) OR (" + OPEN + ") GROUP BY region_code, lead_department_id");
        List<Tally> tallies = new ArrayList<>();
        jdbc.sql(select.toString()).param("from", from).param("to", to).param("asOf", asOf).query(rs -> {
            RegionCode region = RegionCode.of(rs.getString(1));
            Long department = (Long) rs.getObject(2);
            Measure[] measures = Measure.values();
            for (int i = 0; i < measures.length; i++) {
                long count = rs.getLong(3 + i);
                if (count > 0) {
                    tallies.add(new Tally(measures[i], region, department, count));
                }
            }
        });
        return tallies;
    }

    @Override
    public CaseList cases(Measure measure, LocalDate from, LocalDate to, LocalDate asOf, RegionCode region, Long departmentId,
                          int page, int size) {
        String where = " FROM appeal WHERE " + condition(measure) + " AND region_code LIKE :region"
                + (departmentId == null ? "" : " AND lead_department_id = :dept");
        String prefix = region.code().endsWith("0000") ? region.code().substring(0, 2) + "%"
                : region.code().endsWith("00") ? region.code().substring(0, 4) + "%" : region.code();
        var count = jdbc.sql("SELECT count(*)" + where);
        var rows = jdbc.sql("SELECT id, tracking_number, title, region_code, lead_department_id, status, due_on" + where
                + " ORDER BY due_on NULLS LAST, id LIMIT :limit OFFSET :offset").param("limit", size).param("offset", page * size);
        for (var spec : List.of(count, rows)) {
            spec.param("from", from).param("to", to).param("asOf", asOf).param("region", prefix);
            if (departmentId != null) {
                spec.param("dept", departmentId);
            }
        }
        List<AppealCase> items = rows.query((rs, n) -> new AppealCase(rs.getLong("id"), rs.getString("tracking_number"),
                rs.getString("title"), RegionCode.of(rs.getString("region_code")), (Long) rs.getObject("lead_department_id"),
                AppealStatus.valueOf(rs.getString("status")).label(), rs.getObject("due_on", LocalDate.class),
                "/workbench/appeals/" + rs.getLong("id"))).list();
        return new CaseList(items, count.query(Long.class).single());
    }
}
