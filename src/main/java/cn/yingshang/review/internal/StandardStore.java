package cn.yingshang.review.internal;

import cn.yingshang.platform.AuditLog;
import cn.yingshang.platform.SignedInUser;
import cn.yingshang.review.FairCompetitionScreener;
import cn.yingshang.review.ReviewGroup;
import cn.yingshang.review.ScreeningFinding;
import java.sql.Array;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The review standards in force, kept in review_standard and held compiled in memory. A reviewer's
 * change is a data update: it is validated (every pattern must compile), stored, audited and
 * takes effect for the next screening.
 */
@Service
class StandardStore implements FairCompetitionScreener {

    private final JdbcClient jdbc;
    private final AuditLog audit;
    private final Clock clock;
    private volatile StandardSet current;

    StandardStore(JdbcClient jdbc, AuditLog audit, Clock clock) {
        this.jdbc = jdbc;
        this.audit = audit;
        this.clock = clock;
    }

    @EventListener(ApplicationReadyEvent.class)
    @Transactional
    void seedAndLoad() {
        Integer count = jdbc.sql("SELECT count(*) FROM review_standard").query(Integer.class).single();
        if (count == 0) {
            for (ReviewStandard s : StandardsJson.shipped().standards()) {
                upsert(s, "system");
            }
        }
        reload();
    }

    @Override
    public List<ScreeningFinding> screen(String text) {
        return standards().screen(text);
    }

    StandardSet standards() {
        StandardSet set = current;
        if (set == null) {
            reload();
            set = current;
        }
        return set;
    }

    Optional<ReviewStandard> find(String code) {
        return standards().standards().stream().filter(s -> s.code().equals(code)).findFirst();
    }

    @Transactional
    ReviewStandard save(ReviewStandard standard, SignedInUser by) {
        ReviewStandard before = find(standard.code()).orElse(null);
        upsert(standard, by.username());
        audit.record("review.standard.save", "review_standard", standard.code(),
                before == null ? null : view(before), view(standard));
        reload();
        return standard;
    }

    private static Map<String, Object> view(ReviewStandard s) {
        return Map.of("group", s.group().name(), "title", s.title(), "article", s.article(),
                "context", s.context() == null ? "" : s.context(), "patterns", s.patterns(), "unless", s.unless());
    }

    private void upsert(ReviewStandard s, String by) {
        jdbc.sql("""
                        INSERT INTO review_standard (code, grp, title, article, reason, context, patterns, unless, updated_at, updated_by)
                        VALUES (:code, :grp, :title, :article, :reason, :context, :patterns, :unless, :at, :by)
                        ON CONFLICT (code) DO UPDATE SET grp = EXCLUDED.grp, title = EXCLUDED.title, article = EXCLUDED.article,
                          reason = EXCLUDED.reason, context = EXCLUDED.context, patterns = EXCLUDED.patterns,
                          unless = EXCLUDED.unless, updated_at = EXCLUDED.updated_at, updated_by = EXCLUDED.updated_by""")
                .param("code", s.code()).param("grp", s.group().name()).param("title", s.title())
                .param("article", s.article()).param("reason", s.reason()).param("context", s.context())
                .param("patterns", s.patterns().toArray(String[]::new)).param("unless", s.unless().toArray(String[]::new))
                .param("at", OffsetDateTime.now(clock)).param("by", by).update();
    }

    synchronized void reload() {
        List<ReviewStandard> all = jdbc.sql("SELECT code, grp, title, article, reason, context, patterns, unless FROM review_standard ORDER BY code")
                .query(StandardStore::map).list();
        current = new StandardSet("db", List.copyOf(order(all)));
    }

    private static List<ReviewStandard> order(List<ReviewStandard> all) {
        return all.stream().sorted((a, b) -> a.group() != b.group() ? a.group().compareTo(b.group())
                : a.code().length() != b.code().length() ? a.code().compareTo(b.code()) : a.code().compareTo(b.code())).toList();
    }

    private static ReviewStandard map(ResultSet rs, int row) throws SQLException {
        return ReviewStandard.of(rs.getString("code"), ReviewGroup.valueOf(rs.getString("grp")), rs.getString("title"),
                rs.getString("article"), rs.getString("reason"), rs.getString("context"), strings(rs.getArray("patterns")),
                strings(rs.getArray("unless")));
    }

    private static List<String> strings(Array array) throws SQLException {
        return array == null ? List.of() : Arrays.asList((String[]) array.getArray());
    }
}
