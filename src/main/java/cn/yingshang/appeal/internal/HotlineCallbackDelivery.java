package cn.yingshang.appeal.internal;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Sends the 12345 outbox. Several nodes may run it at once: each callback is taken with
 * {@code FOR UPDATE SKIP LOCKED}, and only a ticket's first undelivered callback is ever eligible,
 * so a later event for a ticket never overtakes an earlier one (a failed one holds its ticket until
 * an operator retries it). A failed attempt waits {@link HotlineCallbackSettings#backoffAfter}; after
 * the last attempt the callback is FAILED and shown on the operator page.
 */
@Component
class HotlineCallbackDelivery {

    private final JdbcClient jdbc;
    private final HotlineCallbackSettings settings;
    private final TransactionTemplate transactions;
    private final Clock clock;
    private final HttpClient http;

    HotlineCallbackDelivery(JdbcClient jdbc, HotlineCallbackSettings settings, PlatformTransactionManager transactions, Clock clock) {
        this.jdbc = jdbc;
        this.settings = settings;
        this.transactions = new TransactionTemplate(transactions);
        this.clock = clock;
        this.http = HttpClient.newBuilder().connectTimeout(settings.timeout()).build();
    }

    private record Due(long id, UUID eventId, String ticket, String payload, int attempts) {
    }

    @Scheduled(fixedDelayString = "${yingshang.appeal.hotline-callback.poll:PT5S}", initialDelayString = "PT5S")
    void deliverDue() {
        if (!settings.enabled()) {
            return;
        }
        for (int i = 0; i < 100 && Boolean.TRUE.equals(transactions.execute(s -> deliverNext())); i++) {
            // one callback per transaction: a slow hotline holds one row, not a batch
        }
    }

    private boolean deliverNext() {
        Optional<Due> due = jdbc.sql("""
                        SELECT id, event_id, ticket, payload, attempts FROM appeal_hotline_callback c
                        WHERE status = 'PENDING' AND next_attempt_at <= :now
                          AND NOT EXISTS (SELECT 1 FROM appeal_hotline_callback e
                                          WHERE e.ticket = c.ticket AND e.id < c.id AND e.status <> 'DELIVERED')
                        ORDER BY id LIMIT 1 FOR UPDATE SKIP LOCKED""")
                .param("now", Timestamp.from(clock.instant()))
                .query((rs, n) -> new Due(rs.getLong(1), rs.getObject(2, UUID.class), rs.getString(3), rs.getString(4), rs.getInt(5)))
                .optional();
        if (due.isEmpty()) {
            return false;
        }
        Due d = due.get();
        String error = send(d);
        Instant now = clock.instant();
        int attempts = d.attempts() + 1;
        if (error == null) {
            jdbc.sql("UPDATE appeal_hotline_callback SET status = 'DELIVERED', attempts = :n, delivered_at = :at, last_error = NULL WHERE id = :id")
                    .param("n", attempts).param("at", Timestamp.from(now)).param("id", d.id()).update();
        } else {
            boolean last = attempts >= settings.maxAttempts();
            jdbc.sql("""
                            UPDATE appeal_hotline_callback SET status = :s, attempts = :n, last_error = :e, next_attempt_at = :next
                            WHERE id = :id""")
                    .param("s", last ? "FAILED" : "PENDING").param("n", attempts).param("e", error)
                    .param("next", Timestamp.from(now.plus(settings.backoffAfter(attempts)))).param("id", d.id()).update();
        }
        return true;
    }

    /** Null when the hotline took the callback (any 2xx), else what went wrong, for the operator. */
    private String send(Due d) {
        byte[] body = d.payload().getBytes(StandardCharsets.UTF_8);
        String timestamp = Long.toString(clock.instant().getEpochSecond());
        String nonce = UUID.randomUUID().toString().replace("-", "");
        try {
            HttpRequest request = HttpRequest.newBuilder(URI.create(settings.url())).timeout(settings.timeout())
                    .header("Content-Type", "application/json; charset=utf-8")
                    .header("X-Event-Id", d.eventId().toString())
                    .header("X-Timestamp", timestamp).header("X-Nonce", nonce)
                    .header("X-Signature", HotlineSigning.sign(settings.secret(), timestamp, nonce, body))
                    .POST(HttpRequest.BodyPublishers.ofByteArray(body)).build();
            HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString());
            if (response.statusCode() / 100 == 2) {
                return null;
            }
            String text = response.body() == null ? "" : response.body().strip();
            return "HTTP " + response.statusCode() + (text.isEmpty() ? "" : " " + text.substring(0, Math.min(200, text.length())));
        } catch (java.io.IOException | IllegalArgumentException e) {
            return e.getClass().getSimpleName() + (e.getMessage() == null ? "" : ": " + e.getMessage());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return "interrupted";
        }
    }

    /** The operator's 立即重试: a pending or failed callback becomes due now, its attempts kept. */
    boolean retryNow(long id) {
        return jdbc.sql("""
                        UPDATE appeal_hotline_callback SET status = 'PENDING', next_attempt_at = :now
                        WHERE id = :id AND status IN ('PENDING', 'FAILED')""")
                .param("now", Timestamp.from(clock.instant())).param("id", id).update() == 1;
    }
}
