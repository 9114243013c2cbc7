package cn.yingshang.legal.internal;

import cn.yingshang.platform.ListPage;
import cn.yingshang.platform.PageOf;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** Where complaints passed into the appeal module are kept, one per channel ticket. */
@Component
class LegalComplaints {

    private static final LegalLists.Spec LIST = new LegalLists.Spec("legal_complaint", "body_id IN (:bodies)",
            List.of("ticket", "title", "tracking_number"),
            Map.of("receivedOn", "received_on", "channel", "channel"), "id DESC");
    private static final LegalLists.Spec ALL = new LegalLists.Spec("legal_complaint", "TRUE",
            List.of("ticket", "title", "tracking_number"),
            Map.of("receivedOn", "received_on", "channel", "channel"), "id DESC");

    private final JdbcClient jdbc;

    LegalComplaints(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    Optional<LegalComplaint> byTicket(ComplaintChannel channel, String ticket) {
        return jdbc.sql("SELECT * FROM legal_complaint WHERE channel = :c AND ticket = :t")
                .param("c", channel.name()).param("t", ticket).query(LegalComplaints::row).optional();
    }

    Optional<LegalComplaint> find(long id) {
        return jdbc.sql("SELECT * FROM legal_complaint WHERE id = :id").param("id", id).query(LegalComplaints::row).optional();
    }

    /** Empty when the same ticket was stored meanwhile (the caller reads that one). */
    Optional<Long> insert(ComplaintChannel channel, String ticket, long body, Long enteredBy, String title, LocalDate receivedOn,
                          LocalDate transferDue, LocalDate transferredOn, long appealId, String trackingNumber) {
        return jdbc.sql("""
                        INSERT INTO legal_complaint (channel, ticket, body_id, entered_by_id, title, received_on, transfer_due,
                          transferred_on, appeal_id, tracking_number)
                        VALUES (:channel, :ticket, :body, :enteredBy, :title, :received, :due, :transferred, :appeal, :tracking)
                        ON CONFLICT (channel, ticket) DO NOTHING RETURNING id""")
                .param("channel", channel.name()).param("ticket", ticket).param("body", body).param("enteredBy", enteredBy)
                .param("title", title).param("received", receivedOn).param("due", transferDue).param("transferred", transferredOn)
                .param("appeal", appealId).param("tracking", trackingNumber).query(Long.class).optional();
    }

    /** {@code bodies} null: every body (the office). */
    PageOf<LegalComplaint> page(Collection<Long> bodies, String search, ListPage page) {
        return bodies == null ? LegalLists.page(jdbc, ALL, Map.of(), search, page, LegalComplaints::row)
                : LegalLists.page(jdbc, LIST, Map.of("bodies", bodies.isEmpty() ? List.of(-1L) : bodies), search, page,
                        LegalComplaints::row);
    }

    private static LegalComplaint row(ResultSet rs, int n) throws SQLException {
        return new LegalComplaint(rs.getLong("id"), rs.getString("channel"), rs.getString("ticket"), rs.getLong("body_id"),
                rs.getString("title"), CourtCases.date(rs, "received_on"), CourtCases.date(rs, "transfer_due"),
                CourtCases.date(rs, "transferred_on"), rs.getLong("appeal_id"), rs.getString("tracking_number"));
    }
}
