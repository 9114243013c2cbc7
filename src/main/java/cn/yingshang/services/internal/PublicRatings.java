package cn.yingshang.services.internal;

import cn.yingshang.platform.Portal;
import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/** 好差评 published per department and per window (001 §25 评价反馈): counts, good-rating share, bad ratings rectified. */
@Controller
class PublicRatings {

    record Row(String department, String window, long ratings, long good, long bad, long rectified, double average) {
        public int goodPercent() {
            return ratings == 0 ? 0 : (int) Math.round(100.0 * good / ratings);
        }
    }

    private final JdbcClient jdbc;

    PublicRatings(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @GetMapping("/public/services/ratings")
    String ratings(Model model) {
        List<Row> rows = jdbc.sql("""
                        SELECT r.department, r.window_name, count(*) AS n, count(*) FILTER (WHERE r.level >= 4) AS good,
                               count(*) FILTER (WHERE r.level <= 2) AS bad,
                               count(*) FILTER (WHERE b.status IN ('FOLLOW_UP', 'CLOSED')) AS rectified, avg(r.level) AS average
                        FROM svc_rating r LEFT JOIN svc_bad_rating b ON b.case_id = r.case_id
                        GROUP BY r.department, r.window_name ORDER BY r.department, r.window_name""")
                .query((rs, n) -> new Row(rs.getString(1), rs.getString(2), rs.getLong(3), rs.getLong(4), rs.getLong(5),
                        rs.getLong(6), rs.getDouble(7)))
                .list();
        model.addAttribute("portal", Portal.PUBLIC);
        model.addAttribute("rows", rows);
        return "services/ratings";
    }
}
