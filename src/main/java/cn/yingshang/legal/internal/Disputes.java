package cn.yingshang.legal.internal;

import java.util.Map;
import cn.yingshang.platform.PageOf;
import cn.yingshang.platform.ListQuery;
import cn.yingshang.platform.ListPage;
import cn.yingshang.shared.ConflictingChange;
import java.math.BigDecimal;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** Dispute requests (table {@code legal_dispute}) and the public legal service directory. */
@Component
class Disputes {

    /** A directory entry: a 12348 centre, a mediation committee, an arbitration body, a foreign-related expert or lawyer. */
    public record Provider(long id, String kind, String name, String regionCode, String phone, String address, String fields,
                           String languages) {
    }

    record NewDispute(String reference, String requestKey, String creditCode, String enterprise, String channel, String subject,
                      String counterparty, String claim, BigDecimal amount, long department, LocalDate filedOn, LocalDate acceptDue,
                      String acceptLimit, LocalDate concludeDue, String concludeLimit) {
    }

    private final JdbcClient jdbc;

    Disputes(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Empty when the request key was already used (the same form submitted twice). */
    Optional<Long> insert(NewDispute d) {
        return jdbc.sql("""
                        INSERT INTO legal_dispute (reference, request_key, credit_code, enterprise, channel, subject, counterparty, claim, amount,
                          department_id, filed_on, accept_due, accept_limit, conclude_due, conclude_limit, status)
                        VALUES (:ref, :key, :code, :name, :channel, :subject, :counterparty, :claim, :amount, :dept, :filed, :acceptDue,
                          :acceptLimit, :concludeDue, :concludeLimit, 'SUBMITTED')
                        ON CONFLICT (request_key) DO NOTHING RETURNING id""")
                .param("ref", d.reference()).param("key", d.requestKey()).param("code", d.creditCode()).param("name", d.enterprise())
                .param("channel", d.channel()).param("subject", d.subject()).param("counterparty", d.counterparty()).param("claim", d.claim())
                .param("amount", d.amount()).param("dept", d.department()).param("filed", d.filedOn()).param("acceptDue", d.acceptDue())
                .param("acceptLimit", d.acceptLimit()).param("concludeDue", d.concludeDue()).param("concludeLimit", d.concludeLimit())
                .query(Long.class).optional();
    }

    Optional<Dispute> byRequestKey(String key) {
        return jdbc.sql("SELECT * FROM legal_dispute WHERE request_key = :k").param("k", key).query(Disputes::row).optional();
    }

    Optional<Dispute> find(long id) {
        return jdbc.sql("SELECT * FROM legal_dispute WHERE id = :id").param("id", id).query(Disputes::row).optional();
    }

    /** One page of the enterprise's own requests, newest first, searched by counterparty, claim or reference. */
    PageOf<Dispute> ofEnterprise(String creditCode, String search, ListPage page) {
        return ListQuery.page(jdbc, spec("credit_code = :c", "filed_on DESC, id DESC"), Map.of("c", creditCode), search, page,
                Disputes::row);
    }

    /** One page of the requests routed to these bodies, open ones first by their next due day. */
    PageOf<Dispute> forDepartments(List<Long> departments, String search, ListPage page) {
        if (departments.isEmpty()) {
            return new PageOf<>(List.of(), 0, page);
        }
        return ListQuery.page(jdbc, spec("department_id IN (:d)", "status IN ('CONCLUDED', 'REFUSED'), coalesce(accept_due, conclude_due), id"),
                Map.of("d", departments), search, page, Disputes::row);
    }

    private static ListQuery.Spec spec(String scope, String defaultOrder) {
        return new ListQuery.Spec("*", "legal_dispute", scope, List.of("reference", "enterprise", "counterparty", "claim"), List.of("credit_code"),
                Map.of("filed", "filed_on", "due", "coalesce(accept_due, conclude_due)", "status", "status"), defaultOrder);
    }

    void accept(long id, String handledBy, LocalDate on, LocalDate concludeDue) {
        guarded(jdbc.sql("""
                        UPDATE legal_dispute SET status = 'ACCEPTED', handled_by = :h, accepted_on = :on, conclude_due = coalesce(:due, conclude_due)
                        WHERE id = :id AND status = 'SUBMITTED'""")
                .param("h", handledBy).param("on", on).param("due", concludeDue).param("id", id).update());
    }

    void refuse(long id, String reason, LocalDate on) {
        guarded(jdbc.sql("UPDATE legal_dispute SET status = 'REFUSED', refusal = :r, concluded_on = :on WHERE id = :id AND status = 'SUBMITTED'")
                .param("r", reason).param("on", on).param("id", id).update());
    }

    void conclude(long id, String outcome, String note, LocalDate on) {
        guarded(jdbc.sql("""
                        UPDATE legal_dispute SET status = 'CONCLUDED', outcome = :o, outcome_note = :n, concluded_on = :on
                        WHERE id = :id AND status = 'ACCEPTED'""")
                .param("o", outcome).param("n", note).param("on", on).param("id", id).update());
    }

    /**
     * One page of the active directory (12348 centres, mediation committees, arbitration bodies, foreign-related experts
     * and lawyers), of one kind or all, searched by name, fields, languages, address or phone.
     */
    PageOf<Provider> directory(String kind, String search, ListPage page) {
        String k = kind == null || !DisputePages.DIRECTORY_KINDS.contains(kind) ? "" : kind;
        return ListQuery.page(jdbc, new ListQuery.Spec("*", "legal_service_directory", "active AND (:kind = '' OR kind = :kind)",
                        List.of("name", "fields", "languages", "address", "phone"), List.of(),
                        Map.of("name", "name", "kind", "kind", "region", "region_code"), "kind, region_code, name, id"),
                Map.of("kind", k), search, page, (rs, n) -> new Provider(rs.getLong("id"), rs.getString("kind"), rs.getString("name"),
                        rs.getString("region_code"), rs.getString("phone"), rs.getString("address"), rs.getString("fields"),
                        rs.getString("languages")));
    }

    /** Adds an entry, or updates the one of the same kind and name. */
    long list(String kind, String name, String regionCode, String phone, String address, String fields, String languages) {
        return jdbc.sql("""
                        INSERT INTO legal_service_directory (kind, name, region_code, phone, address, fields, languages)
                        VALUES (:k, :n, :r, :p, :a, :f, :l)
                        ON CONFLICT (kind, name) DO UPDATE SET region_code = EXCLUDED.region_code, phone = EXCLUDED.phone,
                          address = EXCLUDED.address, fields = EXCLUDED.fields, languages = EXCLUDED.languages, active = TRUE
                        RETURNING id""")
                .param("k", kind).param("n", name).param("r", regionCode).param("p", phone).param("a", address).param("f", fields)
                .param("l", languages).query(Long.class).single();
    }

    private static void guarded(int updated) {
        if (updated != 1) {
            throw new ConflictingChange();
        }
    }

    private static Dispute row(ResultSet rs, int n) throws SQLException {
        return new Dispute(rs.getLong("id"), rs.getString("reference"), rs.getString("credit_code"), rs.getString("enterprise"),
                rs.getString("channel"), rs.getString("subject"), rs.getString("counterparty"), rs.getString("claim"),
                rs.getBigDecimal("amount"), rs.getLong("department_id"), CourtCases.date(rs, "filed_on"), CourtCases.date(rs, "accept_due"),
                rs.getString("accept_limit"), CourtCases.date(rs, "conclude_due"), rs.getString("conclude_limit"), rs.getString("status"),
                rs.getString("handled_by"), CourtCases.date(rs, "accepted_on"), rs.getString("refusal"), rs.getString("outcome"),
                rs.getString("outcome_note"), CourtCases.date(rs, "concluded_on"));
    }
}
