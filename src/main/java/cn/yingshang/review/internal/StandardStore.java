package cn.yingshang.review.internal;

import cn.yingshang.platform.AuditLog;
import cn.yingshang.platform.CacheVersions;
import cn.yingshang.platform.JobLocks;
import cn.yingshang.platform.SharedValue;
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
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.MessageSource;
import org.springframework.context.event.EventListener;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The review standards in force, kept in review_standard and review_term and held compiled in memory.
 * A reviewer's change is a data update: it is validated (every pattern must compile with the terms in
 * force), stored, audited and takes effect for the next screening. On start, rows still owned by
 * 'system' follow the shipped review/standards.json, so improved shipped rules reach existing
 * installations while a reviewer's own edits are kept. The shipped clause model (review/clause-model.bin)
 * screens beside the rules unless {@code yingshang.review.screening.model} is false; its findings name a
 * standard in force and say that the model found them, with the score.
 */
@Service
class StandardStore implements FairCompetitionScreener {

    private final JdbcClient jdbc;
    private final AuditLog audit;
    private final Clock clock;
    /** Compiled in memory on every node; a reviewer's change on one node is recompiled on all (see CacheVersions). */
    private final SharedValue<StandardSet> current;
    private final JobLocks jobLocks;
    private final TransactionTemplate tx;
    /** Trained once by ScreeningModelTraining and shipped; null when switched off. */
    private final ClauseModel model;
    private final MessageSource messages;

    StandardStore(JdbcClient jdbc, AuditLog audit, Clock clock, CacheVersions versions, JobLocks jobLocks,
                  PlatformTransactionManager transactions, MessageSource messages,
                  @Value("${yingshang.review.screening.model:true}") boolean useModel) {
        this.jdbc = jdbc;
        this.audit = audit;
        this.clock = clock;
        this.current = new SharedValue<>(versions, "review.standards", this::load);
        this.jobLocks = jobLocks;
        this.tx = new TransactionTemplate(transactions);
        this.messages = messages;
        this.model = useModel ? ClauseModel.shipped() : null;
    }

    /** One node at a time, committed before the next node looks. */
    @EventListener(ApplicationReadyEvent.class)
    void seedAndLoad() {
        jobLocks.runAlone(JobLocks.START_UP, () -> tx.executeWithoutResult(status -> syncShipped()));
    }

    private void syncShipped() {
        StandardSet shipped = StandardsJson.shipped();
        shipped.terms().byName().forEach((name, words) -> jdbc.sql("""
                        INSERT INTO review_term (name, alternatives, updated_at, updated_by) VALUES (:name, :words, :at, 'system')
                        ON CONFLICT (name) DO UPDATE SET alternatives = EXCLUDED.alternatives, updated_at = EXCLUDED.updated_at
                        WHERE review_term.updated_by = 'system' AND review_term.alternatives <> EXCLUDED.alternatives""")
                .param("name", name).param("words", words.toArray(String[]::new)).param("at", OffsetDateTime.now(clock))
                .update());
        Map<String, String> owners = jdbc.sql("SELECT code, updated_by FROM review_standard")
                .query((rs, i) -> Map.entry(rs.getString(1), rs.getString(2))).list().stream()
                .collect(java.util.stream.Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue));
        reload();
        for (ReviewStandard s : shipped.standards()) {
            String owner = owners.get(s.code());
            boolean changed = find(s.code()).map(stored -> !view(stored).equals(view(s)) || !stored.reason().equals(s.reason()))
                    .orElse(true);
            if (owner == null || owner.equals("system") && changed) {
                upsert(s, "system");
            }
        }
        reload();
    }

    @Override
    public List<ScreeningFinding> screen(String text) {
        return standards().screen(text, model, this::modelReason);
    }

    private String modelReason(ReviewStandard standard, double score) {
        return messages.getMessage("review.screen.modelReason",
                new Object[] {score, model.threshold(standard.group()), standard.reason()}, LocaleContextHolder.getLocale());
    }

    StandardSet standards() {
        return current.get();
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

    /** Stores a term after checking that every standard still compiles with it. */
    @Transactional
    void saveTerm(String name, List<String> words, SignedInUser by) {
        List<String> checked = ReviewTerms.term(name, words);
        Map<String, List<String>> all = new java.util.LinkedHashMap<>(standards().terms().byName());
        List<String> before = all.put(name, checked);
        ReviewTerms terms = ReviewTerms.of(all);
        standards().standards().forEach(s -> recompile(s, terms));
        jdbc.sql("""
                        INSERT INTO review_term (name, alternatives, updated_at, updated_by) VALUES (:name, :words, :at, :by)
                        ON CONFLICT (name) DO UPDATE SET alternatives = EXCLUDED.alternatives, updated_at = EXCLUDED.updated_at,
                          updated_by = EXCLUDED.updated_by""")
                .param("name", name).param("words", checked.toArray(String[]::new)).param("at", OffsetDateTime.now(clock))
                .param("by", by.username()).update();
        audit.record("review.term.save", "review_term", name, before == null ? null : Map.of("alternatives", before),
                Map.of("alternatives", checked));
        reload();
    }

    /** The standard compiled with other terms: throws the standard's own validation error when it no longer compiles. */
    static ReviewStandard recompile(ReviewStandard s, ReviewTerms terms) {
        return ReviewStandard.of(s.code(), s.group(), s.title(), s.article(), s.reason(), s.context(), s.patterns(), s.unless(),
                terms);
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

    /** The standards or terms changed in the current transaction: every node compiles them again. */
    void reload() {
        current.changed();
    }

    private StandardSet load() {
        Map<String, List<String>> vocabulary = new java.util.LinkedHashMap<>();
        jdbc.sql("SELECT name, alternatives FROM review_term ORDER BY name")
                .query((rs, i) -> vocabulary.put(rs.getString(1), strings(rs.getArray(2)))).list();
        ReviewTerms terms = ReviewTerms.of(vocabulary);
        List<ReviewStandard> all = jdbc.sql("SELECT code, grp, title, article, reason, context, patterns, unless FROM review_standard ORDER BY code")
                .query((rs, i) -> map(rs, terms)).list();
        return new StandardSet("db", terms, List.copyOf(order(all)));
    }

    private static List<ReviewStandard> order(List<ReviewStandard> all) {
        return all.stream().sorted((a, b) -> a.group() != b.group() ? a.group().compareTo(b.group())
                : a.code().length() != b.code().length() ? a.code().compareTo(b.code()) : a.code().compareTo(b.code())).toList();
    }

    private static ReviewStandard map(ResultSet rs, ReviewTerms terms) throws SQLException {
        return ReviewStandard.of(rs.getString("code"), ReviewGroup.valueOf(rs.getString("grp")), rs.getString("title"),
                rs.getString("article"), rs.getString("reason"), rs.getString("context"), strings(rs.getArray("patterns")),
                strings(rs.getArray("unless")), terms);
    }

    private static List<String> strings(Array array) throws SQLException {
        return array == null ? List.of() : Arrays.asList((String[]) array.getArray());
    }
}
