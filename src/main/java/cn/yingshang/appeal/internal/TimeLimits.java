package cn.yingshang.appeal.internal;

import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** The time limits of appeals, as data (appeal_time_limit); the most specific row for a type and category wins. */
@Component
class TimeLimits {

    record Limits(String appealType, String category, int dispatchDays, int replyDays, int returnDays,
                  int maxExtensionDays, int reopenDays) {
    }

    private final JdbcClient jdbc;

    TimeLimits(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    Limits forAppeal(AppealType type, String category) {
        return jdbc.sql("""
                        SELECT appeal_type, category, dispatch_days, reply_days, return_days, max_extension_days, reopen_days
                        FROM appeal_time_limit
                        WHERE appeal_type IN (:type, '*') AND category IN (:category, '*')
                        ORDER BY (appeal_type <> '*')::int + (category <> '*')::int * 2 DESC LIMIT 1""")
                .param("type", type.name()).param("category", category)
                .query(Limits.class).single();
    }

    List<Limits> all() {
        return jdbc.sql("SELECT appeal_type, category, dispatch_days, reply_days, return_days, max_extension_days, reopen_days "
                + "FROM appeal_time_limit ORDER BY appeal_type, category").query(Limits.class).list();
    }

    void save(Limits l) {
        if (l.replyDays() <= 0 || l.dispatchDays() < 0 || l.returnDays() < 0 || l.maxExtensionDays() < 0 || l.reopenDays() < 0) {
            throw new cn.yingshang.shared.DomainViolation("replyDays", "时限必须为非负整数，答复时限至少1个工作日");
        }
        jdbc.sql("""
                        INSERT INTO appeal_time_limit VALUES (:t, :c, :d, :r, :ret, :ext, :reo)
                        ON CONFLICT (appeal_type, category) DO UPDATE SET dispatch_days = :d, reply_days = :r,
                          return_days = :ret, max_extension_days = :ext, reopen_days = :reo""")
                .param("t", l.appealType()).param("c", l.category()).param("d", l.dispatchDays()).param("r", l.replyDays())
                .param("ret", l.returnDays()).param("ext", l.maxExtensionDays()).param("reo", l.reopenDays()).update();
    }
}
