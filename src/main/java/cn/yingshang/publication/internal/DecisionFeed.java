package cn.yingshang.publication.internal;

import cn.yingshang.publication.PublicationFigures;
import cn.yingshang.reference.WorkingCalendars;
import cn.yingshang.shared.RegionCode;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/** The stored feed: one row per source decision, a change cursor, and the on-time figure. */
@Component
class DecisionFeed implements PublicationFigures {

    private static final String COLUMNS = "change_seq, kind, source, source_id, credit_code, decided_on, due_on, published_on, fields::text";

    private final JdbcClient jdbc;
    private final WorkingCalendars calendars;
    private final JsonMapper json;
    private final Clock clock;

    DecisionFeed(JdbcClient jdbc, WorkingCalendars calendars, JsonMapper json, Clock clock) {
        this.jdbc = jdbc;
        this.calendars = calendars;
        this.json = json;
        this.clock = clock;
    }

    /**
     * Puts a decision on the feed today, due 7 working days after it was decided on its region's
     * calendar. The same source decision again changes its fields (and its cursor) but keeps the
     * day it was first published, so a redelivered event neither duplicates nor re-times it.
     */
    void publish(DecisionKind kind, String source, String sourceId, String creditCode, RegionCode region, LocalDate decidedOn,
                 Map<String, String> fields) {
        Map<String, String> ordered = new LinkedHashMap<>();
        kind.fields().forEach(f -> ordered.put(f, fields.getOrDefault(f, "")));
        LocalDate due = calendars.forRegion(region).addWorkingDays(decidedOn, DecisionKind.DUE_WORKING_DAYS);
        jdbc.sql("""
                        INSERT INTO publication_decision (kind, source, source_id, credit_code, region_code, decided_on, due_on,
                                                          published_on, fields, changed_at)
                        VALUES (:k, :s, :id, :c, :r, :d, :due, :today, CAST(:f AS jsonb), :now)
                        ON CONFLICT (source, source_id) DO UPDATE SET fields = EXCLUDED.fields,
                          change_seq = nextval('publication_change_seq'), changed_at = EXCLUDED.changed_at
                        WHERE publication_decision.fields <> EXCLUDED.fields""")
                .param("k", kind.name()).param("s", source).param("id", sourceId).param("c", creditCode).param("r", region.code())
                .param("d", decidedOn).param("due", due).param("today", LocalDate.now(clock)).param("f", json.writeValueAsString(ordered))
                .param("now", Timestamp.from(clock.instant())).update();
    }

    /** Decisions changed after {@code cursor}, oldest change first. */
    List<Decision> after(long cursor, int limit) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM publication_decision WHERE change_seq > :c ORDER BY change_seq LIMIT :l")
                .param("c", cursor).param("l", limit).query(this::map).list();
    }

    /** What entered the feed on one day, for the daily download. */
    List<Decision> publishedOn(DecisionKind kind, LocalDate day) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM publication_decision WHERE kind = :k AND published_on = :d ORDER BY change_seq")
                .param("k", kind.name()).param("d", day).query(this::map).list();
    }

    /**
     * One page of a day's published decisions of one kind, searched by the party's name or credit code
     * (a busy day of a prefecture publishes hundreds; the page shows them 50 at a time).
     */
    cn.yingshang.platform.PageOf<Decision> publishedOn(DecisionKind kind, LocalDate day, String search,
                                                       cn.yingshang.platform.ListPage page) {
        String q = search == null ? "" : search.strip();
        String like = "%" + q.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%";
        String where = " FROM publication_decision WHERE kind = :k AND published_on = :d"
                + (q.isEmpty() ? "" : " AND (credit_code = :exact OR fields->>'subjectName' ILIKE :like ESCAPE '\\')");
        long total = jdbc.sql("SELECT count(*)" + where).param("k", kind.name()).param("d", day)
                .param("exact", q.toUpperCase(java.util.Locale.ROOT)).param("like", like).query(Long.class).single();
        String order = page.orderBy(java.util.Map.of("decided", "decided_on", "due", "due_on", "subject", "fields->>'subjectName'"),
                "change_seq");
        List<Decision> rows = jdbc.sql("SELECT " + COLUMNS + where + " ORDER BY " + order + " LIMIT :l OFFSET :o")
                .param("k", kind.name()).param("d", day).param("exact", q.toUpperCase(java.util.Locale.ROOT)).param("like", like)
                .param("l", page.size()).param("o", page.offset()).query(this::map).list();
        return new cn.yingshang.platform.PageOf<>(rows, total, page);
    }

    @Override
    public OnTime onTime(LocalDate from, LocalDate to) {
        return jdbc.sql("""
                        SELECT count(*), count(*) FILTER (WHERE published_on <= due_on) FROM publication_decision
                        WHERE decided_on BETWEEN :f AND :t""")
                .param("f", from).param("t", to).query((rs, n) -> new OnTime(rs.getLong(1), rs.getLong(2))).single();
    }

    @Override
    public List<RegionFigure> byRegion(LocalDate from, LocalDate to) {
        return jdbc.sql("""
                        SELECT region_code, count(*), count(*) FILTER (WHERE published_on <= due_on) FROM publication_decision
                        WHERE decided_on BETWEEN :f AND :t GROUP BY region_code ORDER BY region_code""")
                .param("f", from).param("t", to)
                .query((rs, n) -> new RegionFigure(RegionCode.of(rs.getString(1)), rs.getLong(2), rs.getLong(3))).list();
    }

    @Override
    public CaseList cases(LocalDate from, LocalDate to, RegionCode region, boolean onTimeOnly, int offset, int limit) {
        String where = " FROM publication_decision WHERE decided_on BETWEEN :f AND :t AND region_code LIKE :r"
                + (onTimeOnly ? " AND published_on <= due_on" : "");
        long total = jdbc.sql("SELECT count(*)" + where).param("f", from).param("t", to).param("r", region.likePattern())
                .query(Long.class).single();
        List<DecisionCase> items = jdbc.sql("SELECT " + COLUMNS + ", region_code" + where + " ORDER BY decided_on DESC, change_seq LIMIT :l OFFSET :o")
                .param("f", from).param("t", to).param("r", region.likePattern()).param("l", limit).param("o", offset)
                .query((rs, n) -> {
                    Decision d = map(rs, n);
                    String reference = d.kind() == DecisionKind.PENALTY ? d.fields().get("decisionNumber") : d.fields().get("documentNumber");
                    return new DecisionCase(d.kind().name(), reference, d.fields().get("subjectName"), d.creditCode(),
                            RegionCode.of(rs.getString(10)), d.decidedOn(), d.dueOn(), d.publishedOn(), d.onTime());
                }).list();
        return new CaseList(items, total);
    }

    private Decision map(java.sql.ResultSet rs, int n) throws java.sql.SQLException {
        Map<String, String> fields = json.readValue(rs.getString(9), new TypeReference<LinkedHashMap<String, String>>() { });
        DecisionKind kind = DecisionKind.valueOf(rs.getString(2));
        Map<String, String> ordered = new LinkedHashMap<>();
        kind.fields().forEach(f -> ordered.put(f, fields.getOrDefault(f, "")));
        return new Decision(rs.getLong(1), kind, rs.getString(3), rs.getString(4), rs.getString(5),
                rs.getObject(6, LocalDate.class), rs.getObject(7, LocalDate.class), rs.getObject(8, LocalDate.class), ordered);
    }
}
