package cn.yingshang.appeal.internal;

import cn.yingshang.shared.DomainViolation;
import java.sql.Timestamp;
import java.time.Clock;
import java.util.Locale;
import java.util.NoSuchElementException;
import org.springframework.context.MessageSource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Records the return visit the 12345 system made to its caller, once per visit id. */
@Service
class HotlineReturnVisits {

    static final int MAX_TEXT = 2000;

    record Visit(String visitId, String ticketId, Boolean resolved, Boolean satisfied, String text) {
    }

    record Outcome(String trackingNumber, AppealStatus status, boolean duplicate) {
    }

    private final JdbcClient jdbc;
    private final RatingAppeal rating;
    private final MessageSource messages;
    private final Clock clock;

    HotlineReturnVisits(JdbcClient jdbc, RatingAppeal rating, MessageSource messages, Clock clock) {
        this.jdbc = jdbc;
        this.rating = rating;
        this.messages = messages;
        this.clock = clock;
    }

    @Transactional
    Outcome record(Visit v) {
        require("visitId", v.visitId(), 64);
        require("ticketId", v.ticketId(), 64);
        if (v.resolved() == null) {
            throw violation("resolved", "appeal.hotline.visit.resolved");
        }
        if (v.satisfied() == null) {
            throw violation("satisfied", "appeal.hotline.visit.satisfied");
        }
        if (v.text() != null && v.text().length() > MAX_TEXT) {
            throw violation("text", "appeal.hotline.visit.text", MAX_TEXT);
        }
        AppealRow a = jdbc.sql("SELECT " + AppealRow.COLUMNS + " FROM appeal WHERE external_ticket = :t AND channel = 'HOTLINE_12345'")
                .param("t", v.ticketId().strip()).query(AppealRow::map).optional()
                .orElseThrow(() -> new NoSuchElementException(messages.getMessage("appeal.hotline.visit.unknownTicket", null, Locale.CHINA)));
        boolean first = jdbc.sql("INSERT INTO appeal_hotline_visit (visit_id, appeal_id, received_at) VALUES (:v, :a, :at) ON CONFLICT DO NOTHING")
                .param("v", v.visitId().strip()).param("a", a.id()).param("at", Timestamp.from(clock.instant())).update() == 1;
        if (!first) {
            return new Outcome(a.trackingNumber(), a.status(), true);
        }
        AppealStatus status = rating.hotlineReturnVisit(a, messages.getMessage("appeal.hotline.visit.actor", null, Locale.CHINA),
                v.resolved() ? "RESOLVED" : "NOT_RESOLVED", v.satisfied() ? "SATISFIED" : "NOT_SATISFIED", v.text());
        return new Outcome(a.trackingNumber(), status, false);
    }

    /** The appeal bundle: DomainViolation.of reads only the platform bundle. */
    private DomainViolation violation(String field, String key, Object... args) {
        return new DomainViolation(field, messages.getMessage(key, args, Locale.CHINA));
    }

    private void require(String field, String value, int max) {
        if (value == null || value.isBlank() || value.length() > max) {
            throw violation(field, "appeal.hotline.visit.field", field, max);
        }
    }
}
