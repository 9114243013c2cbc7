package cn.yingshang.legal.internal;

import cn.yingshang.shared.ConflictingChange;
import java.math.BigDecimal;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** The bankruptcy register: cases, claims, recommendations, meetings, ballots and coordination items. */
@Component
class BankruptcyCases {

    private final JdbcClient jdbc;

    BankruptcyCases(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    Optional<Long> insert(String reference, long court, String caseNumber, String creditCode, String debtorName, String procedure,
                          boolean simplified, LocalDate acceptedOn, LocalDate claimsBy, LocalDate concludeBy) {
        return jdbc.sql("""
                        INSERT INTO legal_bankruptcy_case (reference, court_id, case_number, credit_code, debtor_name, procedure, simplified,
                          accepted_on, claims_by, conclude_by, status)
                        VALUES (:ref, :court, :no, :code, :name, :proc, :simple, :accepted, :claimsBy, :concludeBy, 'ACCEPTED')
                        ON CONFLICT (court_id, case_number) DO NOTHING RETURNING id""")
                .param("ref", reference).param("court", court).param("no", caseNumber).param("code", creditCode).param("name", debtorName)
                .param("proc", procedure).param("simple", simplified).param("accepted", acceptedOn).param("claimsBy", claimsBy)
                .param("concludeBy", concludeBy).query(Long.class).optional();
    }

    Optional<BankruptcyCase> find(long id) {
        return jdbc.sql("SELECT * FROM legal_bankruptcy_case WHERE id = :id").param("id", id).query(BankruptcyCases::caseRow).optional();
    }

    private static final LegalLists.Spec LIST = new LegalLists.Spec("legal_bankruptcy_case", "court_id = :court",
            List.of("case_number", "debtor_name", "reference"), Map.of("acceptedOn", "accepted_on", "concludeBy", "conclude_by"),
            "status = 'CONCLUDED', accepted_on DESC, id DESC");

    cn.yingshang.platform.PageOf<BankruptcyCase> page(long court, String search, cn.yingshang.platform.ListPage page) {
        return LegalLists.page(jdbc, LIST, Map.of("court", court), search, page, BankruptcyCases::caseRow);
    }

    private static final LegalLists.Spec ANNOUNCED = new LegalLists.Spec("legal_bankruptcy_case", "status <> 'CONCLUDED'",
            List.of("case_number", "debtor_name"), Map.of("acceptedOn", "accepted_on", "claimsBy", "claims_by", "debtor", "debtor_name"),
            "accepted_on DESC, id DESC");

    /** One page of the open cases, announced so that creditors can declare (the public announcement), searched by number or debtor. */
    cn.yingshang.platform.PageOf<BankruptcyCase> open(String search, cn.yingshang.platform.ListPage page) {
        return LegalLists.page(jdbc, ANNOUNCED, Map.of(), search, page, BankruptcyCases::caseRow);
    }

    void appoint(long id, String administrator, String reason) {
        guarded(jdbc.sql("""
                        UPDATE legal_bankruptcy_case SET status = 'ADMINISTERED', administrator = :a, administrator_reason = :r
                        WHERE id = :id AND status = 'ACCEPTED'""")
                .param("a", administrator).param("r", reason).param("id", id).update());
    }

    void conclude(long id, String outcome, LocalDate on) {
        guarded(jdbc.sql("UPDATE legal_bankruptcy_case SET status = 'CONCLUDED', outcome = :o, concluded_on = :on WHERE id = :id AND status = 'ADMINISTERED'")
                .param("o", outcome).param("on", on).param("id", id).update());
    }

    /** Empty when the creditor already declared in this case. */
    Optional<Long> declare(long caseId, String creditCode, String creditorName, BigDecimal amount, boolean secured, LocalDate on) {
        return jdbc.sql("""
                        INSERT INTO legal_bankruptcy_claim (case_id, credit_code, creditor_name, amount, secured, status, declared_on)
                        VALUES (:c, :code, :name, :amount, :secured, 'DECLARED', :on)
                        ON CONFLICT (case_id, credit_code) DO NOTHING RETURNING id""")
                .param("c", caseId).param("code", creditCode).param("name", creditorName).param("amount", amount)
                .param("secured", secured).param("on", on).query(Long.class).optional();
    }

    List<BankruptcyClaim> claims(long caseId) {
        return jdbc.sql("SELECT * FROM legal_bankruptcy_claim WHERE case_id = :c ORDER BY id").param("c", caseId)
                .query(BankruptcyCases::claimRow).list();
    }

    Optional<BankruptcyClaim> claimOf(long caseId, String creditCode) {
        return jdbc.sql("SELECT * FROM legal_bankruptcy_claim WHERE case_id = :c AND credit_code = :code").param("c", caseId)
                .param("code", creditCode).query(BankruptcyCases::claimRow).optional();
    }

    void decideClaim(long caseId, long claimId, BigDecimal confirmed) {
        guarded(jdbc.sql("""
                        UPDATE legal_bankruptcy_claim SET status = :s, confirmed_amount = :a
                        WHERE id = :id AND case_id = :c AND status = 'DECLARED'""")
                .param("s", confirmed == null ? "REJECTED" : "CONFIRMED").param("a", confirmed).param("id", claimId).param("c", caseId)
                .update());
    }

    void recommend(long caseId, String creditCode, String administrator, LocalDate on) {
        jdbc.sql("""
                        INSERT INTO legal_bankruptcy_recommendation (case_id, credit_code, administrator, recommended_on) VALUES (:c, :code, :a, :on)
                        ON CONFLICT (case_id, credit_code) DO UPDATE SET administrator = EXCLUDED.administrator, recommended_on = EXCLUDED.recommended_on""")
                .param("c", caseId).param("code", creditCode).param("a", administrator).param("on", on).update();
    }

    /** Each recommended administrator with the number of creditors recommending it, most first. */
    Map<String, Long> recommendations(long caseId) {
        Map<String, Long> out = new java.util.LinkedHashMap<>();
        jdbc.sql("SELECT administrator, count(*) FROM legal_bankruptcy_recommendation WHERE case_id = :c GROUP BY administrator ORDER BY 2 DESC, 1")
                .param("c", caseId).query((rs, n) -> out.put(rs.getString(1), rs.getLong(2))).list();
        return out;
    }

    Optional<Long> openMeeting(long caseId, String motion, String kind, LocalDate closesOn) {
        return jdbc.sql("""
                        INSERT INTO legal_creditor_meeting (case_id, motion, kind, closes_on, status) VALUES (:c, :m, :k, :closes, 'OPEN')
                        ON CONFLICT (case_id, motion) DO NOTHING RETURNING id""")
                .param("c", caseId).param("m", motion).param("k", kind).param("closes", closesOn).query(Long.class).optional();
    }

    List<CreditorMeeting> meetings(long caseId) {
        return jdbc.sql("SELECT * FROM legal_creditor_meeting WHERE case_id = :c ORDER BY id").param("c", caseId)
                .query(BankruptcyCases::meetingRow).list();
    }

    Optional<CreditorMeeting> meeting(long caseId, long meetingId) {
        return jdbc.sql("SELECT * FROM legal_creditor_meeting WHERE id = :id AND case_id = :c").param("id", meetingId).param("c", caseId)
                .query(BankruptcyCases::meetingRow).optional();
    }

    /** A ballot may be changed until the meeting is counted; the last one stands. */
    void vote(long meetingId, long claimId, CreditorVoteCount.Choice choice) {
        guarded(jdbc.sql("""
                        INSERT INTO legal_creditor_vote (meeting_id, claim_id, choice)
                        SELECT :m, :claim, :choice WHERE EXISTS (SELECT 1 FROM legal_creditor_meeting WHERE id = :m AND status = 'OPEN')
                        ON CONFLICT (meeting_id, claim_id) DO UPDATE SET choice = EXCLUDED.choice, voted_at = now()""")
                .param("m", meetingId).param("claim", claimId).param("choice", choice.name()).update());
    }

    /** Every confirmed claim of the case with its ballot in the meeting, if any. */
    List<CreditorVoteCount.Ballot> ballots(long caseId, long meetingId) {
        return jdbc.sql("""
                        SELECT c.confirmed_amount, c.secured, v.choice FROM legal_bankruptcy_claim c
                        LEFT JOIN legal_creditor_vote v ON v.claim_id = c.id AND v.meeting_id = :m
                        WHERE c.case_id = :c AND c.status = 'CONFIRMED' AND c.confirmed_amount > 0""")
                .param("m", meetingId).param("c", caseId)
                .query((rs, n) -> new CreditorVoteCount.Ballot(rs.getBigDecimal(1), rs.getBoolean(2),
                        rs.getString(3) == null ? null : CreditorVoteCount.Choice.valueOf(rs.getString(3)))).list();
    }

    Optional<String> ballotOf(long meetingId, long claimId) {
        return jdbc.sql("SELECT choice FROM legal_creditor_vote WHERE meeting_id = :m AND claim_id = :c").param("m", meetingId)
                .param("c", claimId).query(String.class).optional();
    }

    void counted(long meetingId, boolean passed, String tally, LocalDate on) {
        guarded(jdbc.sql("""
                        UPDATE legal_creditor_meeting SET status = 'COUNTED', result = :r, tally = :t, counted_on = :on
                        WHERE id = :id AND status = 'OPEN'""")
                .param("r", passed ? "PASSED" : "FAILED").param("t", tally).param("on", on).param("id", meetingId).update());
    }

    long raise(long caseId, long department, String subject, String request, LocalDate on) {
        return jdbc.sql("""
                        INSERT INTO legal_coordination_item (case_id, department_id, subject, request, raised_on)
                        VALUES (:c, :d, :s, :r, :on) RETURNING id""")
                .param("c", caseId).param("d", department).param("s", subject).param("r", request).param("on", on).query(Long.class).single();
    }

    List<CoordinationItem> items(long caseId) {
        return jdbc.sql("SELECT * FROM legal_coordination_item WHERE case_id = :c ORDER BY id").param("c", caseId)
                .query(BankruptcyCases::itemRow).list();
    }

    private static final LegalLists.Spec ITEMS_FOR = new LegalLists.Spec("legal_coordination_item", "department_id IN (:d)",
            List.of("request", "response"), Map.of("raisedOn", "raised_on"), "responded_on IS NOT NULL, raised_on DESC, id DESC");

    /** One page of the departments' coordination items, unanswered first, searched by the request or the response. */
    cn.yingshang.platform.PageOf<CoordinationItem> itemsFor(List<Long> departments, String search, cn.yingshang.platform.ListPage page) {
        return LegalLists.page(jdbc, ITEMS_FOR, Map.of("d", departments.isEmpty() ? List.of(-1L) : departments), search, page,
                BankruptcyCases::itemRow);
    }

    Optional<CoordinationItem> item(long id) {
        return jdbc.sql("SELECT * FROM legal_coordination_item WHERE id = :id").param("id", id).query(BankruptcyCases::itemRow).optional();
    }

    void respond(long itemId, String response, LocalDate on) {
        guarded(jdbc.sql("UPDATE legal_coordination_item SET response = :r, responded_on = :on WHERE id = :id AND responded_on IS NULL")
                .param("r", response).param("on", on).param("id", itemId).update());
    }

    private static void guarded(int updated) {
        if (updated != 1) {
            throw new ConflictingChange();
        }
    }

    private static BankruptcyCase caseRow(ResultSet rs, int n) throws SQLException {
        return new BankruptcyCase(rs.getLong("id"), rs.getString("reference"), rs.getLong("court_id"), rs.getString("case_number"),
                rs.getString("credit_code"), rs.getString("debtor_name"), rs.getString("procedure"), rs.getBoolean("simplified"),
                CourtCases.date(rs, "accepted_on"), CourtCases.date(rs, "claims_by"), CourtCases.date(rs, "conclude_by"),
                rs.getString("status"), rs.getString("administrator"), rs.getString("administrator_reason"),
                CourtCases.date(rs, "concluded_on"), rs.getString("outcome"));
    }

    private static BankruptcyClaim claimRow(ResultSet rs, int n) throws SQLException {
        return new BankruptcyClaim(rs.getLong("id"), rs.getLong("case_id"), rs.getString("credit_code"), rs.getString("creditor_name"),
                rs.getBigDecimal("amount"), rs.getBoolean("secured"), rs.getString("status"), rs.getBigDecimal("confirmed_amount"),
                CourtCases.date(rs, "declared_on"));
    }

    private static CreditorMeeting meetingRow(ResultSet rs, int n) throws SQLException {
        return new CreditorMeeting(rs.getLong("id"), rs.getLong("case_id"), rs.getString("motion"), rs.getString("kind"),
                CourtCases.date(rs, "closes_on"), rs.getString("status"), rs.getString("result"), rs.getString("tally"),
                CourtCases.date(rs, "counted_on"));
    }

    private static CoordinationItem itemRow(ResultSet rs, int n) throws SQLException {
        return new CoordinationItem(rs.getLong("id"), rs.getLong("case_id"), rs.getLong("department_id"), rs.getString("subject"),
                rs.getString("request"), CourtCases.date(rs, "raised_on"), rs.getString("response"), CourtCases.date(rs, "responded_on"));
    }
}
