package cn.yingshang.legal.internal;

import cn.yingshang.platform.Department;
import cn.yingshang.platform.DepartmentId;
import cn.yingshang.platform.Departments;
import cn.yingshang.shared.RegionCode;
import java.time.LocalDate;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The promises kept, by prefecture (地州市) of the acting body: cases filed online, filings reviewed within
 * their limit (002 #12), unrelated property released within its limit (002 #23), stalled cases cleared
 * (002 #28), each as of a day. Counted per body in SQL and summed up the region tree here, so a body's
 * own figures and the office's region-wide table come from the same numbers.
 */
@Component
class LegalPrefectureFigures {

    /** One prefecture (or, for a single body, that body's line): done of total for each promise. */
    public record Line(String regionCode, String regionName, long casesFiled, long reviewed, long reviewedOnTime, long released,
                       long releasedOnTime, long releasesOverdue, long stalled, long stalledCleared, long stalledOverdue) {

        public Double reviewRate() {
            return rate(reviewedOnTime, reviewed);
        }

        public Double releaseRate() {
            return rate(releasedOnTime, released);
        }

        public Double clearedRate() {
            return rate(stalledCleared, stalled);
        }

        static Double rate(long done, long total) {
            return total == 0 ? null : Math.round(1000.0 * done / total) / 10.0;
        }

        Line plus(Line o) {
            return new Line(regionCode, regionName, casesFiled + o.casesFiled, reviewed + o.reviewed, reviewedOnTime + o.reviewedOnTime,
                    released + o.released, releasedOnTime + o.releasedOnTime, releasesOverdue + o.releasesOverdue, stalled + o.stalled,
                    stalledCleared + o.stalledCleared, stalledOverdue + o.stalledOverdue);
        }
    }

    private final JdbcClient jdbc;
    private final Departments departments;

    LegalPrefectureFigures(JdbcClient jdbc, Departments departments) {
        this.jdbc = jdbc;
        this.departments = departments;
    }

    /** {@code bodies} null: every body, one line per prefecture; otherwise only those bodies' work. */
    List<Line> byPrefecture(LocalDate asOf, Collection<Long> bodies) {
        Map<Long, Line> perBody = perBody(asOf);
        Map<String, Line> byRegion = new TreeMap<>();
        perBody.forEach((bodyId, line) -> {
            if (bodies != null && !bodies.contains(bodyId)) {
                return;
            }
            Department d = departments.byId(DepartmentId.of(bodyId)).orElse(null);
            if (d == null) {
                return;
            }
            RegionCode prefecture = d.region().prefecture();
            Line zero = new Line(prefecture.code(), prefecture.name(), 0, 0, 0, 0, 0, 0, 0, 0, 0);
            byRegion.merge(prefecture.code(), zero.plus(line), Line::plus);
        });
        return List.copyOf(byRegion.values());
    }

    /** The figures counted per acting body (the body's region is added by the caller). */
    Map<Long, Line> perBody(LocalDate asOf) {
        Map<Long, Line> lines = new HashMap<>();
        jdbc.sql("""
                        SELECT court_id AS body,
                               count(*) AS filed,
                               count(*) FILTER (WHERE acted_on IS NOT NULL AND acted_on <= :asOf) AS reviewed,
                               count(*) FILTER (WHERE acted_on IS NOT NULL AND acted_on <= :asOf AND acted_on <= review_due) AS on_time
                        FROM (SELECT court_id, review_due,
                                     LEAST(supplement_requested_on, mediation_started_on, accepted_on,
                                           CASE WHEN status = 'REFUSED' THEN closed_on END) AS acted_on
                              FROM legal_court_case WHERE filed_on <= :asOf) c
                        GROUP BY court_id""")
                .param("asOf", asOf).query(rs -> {
                    lines.merge(rs.getLong("body"), new Line(null, null, rs.getLong("filed"), rs.getLong("reviewed"), rs.getLong("on_time"),
                            0, 0, 0, 0, 0, 0), Line::plus);
                });
        jdbc.sql("""
                        SELECT acting_body_id AS body,
                               count(*) FILTER (WHERE released_on IS NOT NULL AND released_on <= :asOf) AS released,
                               count(*) FILTER (WHERE released_on IS NOT NULL AND released_on <= :asOf AND released_on <= release_due) AS on_time,
                               count(*) FILTER (WHERE (released_on IS NULL OR released_on > :asOf) AND release_due < :asOf) AS overdue
                        FROM legal_seizure WHERE found_unrelated_on IS NOT NULL AND found_unrelated_on <= :asOf
                        GROUP BY acting_body_id""")
                .param("asOf", asOf).query(rs -> {
                    lines.merge(rs.getLong("body"), new Line(null, null, 0, 0, 0, rs.getLong("released"), rs.getLong("on_time"),
                            rs.getLong("overdue"), 0, 0, 0), Line::plus);
                });
        jdbc.sql("""
                        SELECT lead_body_id AS body, count(*) AS entered,
                               count(*) FILTER (WHERE status = 'CLOSED' AND closed_on <= :asOf) AS cleared,
                               count(*) FILTER (WHERE NOT (status = 'CLOSED' AND closed_on <= :asOf) AND clear_by < :asOf) AS overdue
                        FROM legal_stalled_case WHERE created_at::date <= :asOf
                        GROUP BY lead_body_id""")
                .param("asOf", asOf).query(rs -> {
                    lines.merge(rs.getLong("body"), new Line(null, null, 0, 0, 0, 0, 0, 0, rs.getLong("entered"), rs.getLong("cleared"),
                            rs.getLong("overdue")), Line::plus);
                });
        return lines;
    }
}
