package cn.yingshang.appeal.internal;

import cn.yingshang.platform.CacheVersions;
import cn.yingshang.platform.SharedValue;
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
    /** Read on every intake, changed rarely: in memory on every node, dropped on every node on save (CacheVersions). */
    private final SharedValue<List<Limits>> cached;

    TimeLimits(JdbcClient jdbc, CacheVersions versions) {
        this.jdbc = jdbc;
        this.cached = new SharedValue<>(versions, "appeal.time-limits", this::load);
    }

    /** A category-specific row beats a type-specific one, which beats the '*' default. */
    Limits forAppeal(AppealType type, String category) {
        Limits best = null;
        int bestScore = -1;
        for (Limits l : all()) {
            boolean typeFits = l.appealType().equals(type.name()) || l.appealType().equals("*");
            boolean categoryFits = l.category().equals(category) || l.category().equals("*");
            int score = (l.appealType().equals("*") ? 0 : 1) + (l.category().equals("*") ? 0 : 2);
            if (typeFits && categoryFits && score > bestScore) {
                best = l;
                bestScore = score;
            }
        }
        if (best == null) {
            throw new IllegalStateException("appeal_time_limit has no default row ('*', '*')");
        }
        return best;
    }

    List<Limits> all() {
        return cached.get();
    }

    private List<Limits> load() {
        return jdbc.sql("SELECT appeal_type, category, dispatch_days, reply_days, return_days, max_extension_days, reopen_days "
                + "FROM appeal_time_limit ORDER BY appeal_type, category").query(Limits.class).list();
    }

    void save(Limits l) {
        if (l.replyDays() <= 0 || l.dispatchDays() < 0 || l.returnDays() < 0 || l.maxExtensionDays() < 0 || l.reopenDays() < 0) {
            throw cn.yingshang.shared.DomainViolation.of("replyDays", "appeal.violation.limits");
        }
        jdbc.sql("""
                        INSERT INTO appeal_time_limit VALUES (:t, :c, :d, :r, :ret, :ext, :reo)
                        ON CONFLICT (appeal_type, category) DO UPDATE SET dispatch_days = :d, reply_days = :r,
                          return_days = :ret, max_extension_days = :ext, reopen_days = :reo""")
                .param("t", l.appealType()).param("c", l.category()).param("d", l.dispatchDays()).param("r", l.replyDays())
                .param("ret", l.returnDays()).param("ext", l.maxExtensionDays()).param("reo", l.reopenDays()).update();
        forget();
    }

    /** Every node drops its copy: this one now and after commit, the others within the poll interval. */
    private void forget() {
        cached.changed();
    }
}
