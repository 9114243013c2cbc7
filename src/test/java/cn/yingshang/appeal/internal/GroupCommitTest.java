package cn.yingshang.appeal.internal;

import static org.assertj.core.api.Assertions.assertThat;

import cn.yingshang.support.HotlineSignature;
import cn.yingshang.support.PlatformTest;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import java.util.concurrent.atomic.AtomicBoolean;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.TransactionStatus;
import org.springframework.transaction.TransactionSystemException;
import org.springframework.transaction.support.TransactionTemplate;

@PlatformTest
class GroupCommitTest {

    @LocalServerPort
    int port;

    final IntakeStore store;
    final PlatformTransactionManager transactions;
    final TransactionTemplate tx;
    final JdbcClient jdbc;

    @Autowired
    GroupCommitTest(IntakeStore store, PlatformTransactionManager transactions, JdbcClient jdbc) {
        this.store = store;
        this.transactions = transactions;
        this.tx = new TransactionTemplate(transactions);
        this.jdbc = jdbc;
    }

    static IntakeStore.PreparedAppeal prepared(String ticket, String title) {
        LocalDate today = LocalDate.now();
        return new IntakeStore.PreparedAppeal(ticket, AppealType.CONSULTATION, "GOV_SERVICES", Channel.HOTLINE_12345, "650102",
                title, "请问开办企业需要哪些材料？", false, null, null, null, null, null,
                new Deadline(today, today.plusDays(1), today.plusDays(1)), Instant.now(), today, List.of(), "12345热线",
                "12345热线提交", "system");
    }

    long stored(String ticket) {
        return jdbc.sql("SELECT count(*) FROM appeal WHERE external_ticket = :t").param("t", ticket).query(Long.class).single();
    }

    @Test
    @DisplayName("one batch: a ticket twice in the batch and a ticket already stored each yield one appeal, with the first one's receipt; each new appeal gets its timeline and audit entry")
    void duplicatesInsideOneBatch() {
        String run = UUID.randomUUID().toString().substring(0, 8);
        String old = "dup-old-" + run;
        String twice = "dup-twice-" + run;
        SubmittingAppeal.Receipt first = tx.execute(s -> store.storeAll(List.of(prepared(old, "已存在的工单")))).getFirst();
        List<SubmittingAppeal.Receipt> r = tx.execute(s -> store.storeAll(List.of(prepared(twice, "批内重复一"),
                prepared(null, "无工单号" + run), prepared(old, "已存在的工单再次推送"), prepared(twice, "批内重复二"))));
        assertThat(r.get(0).created()).isTrue();
        assertThat(r.get(1).created()).isTrue();
        assertThat(r.get(2)).isEqualTo(new SubmittingAppeal.Receipt(first.id(), first.trackingNumber(), false, first.publicCode(), null));
        assertThat(r.get(3)).isEqualTo(new SubmittingAppeal.Receipt(r.get(0).id(), r.get(0).trackingNumber(), false, r.get(0).publicCode(), null));
        assertThat(stored(old)).isEqualTo(1);
        assertThat(stored(twice)).isEqualTo(1);
        assertThat(jdbc.sql("SELECT title FROM appeal WHERE id = :id").param("id", r.get(0).id()).query(String.class).single())
                .isEqualTo("批内重复一");
        for (SubmittingAppeal.Receipt created : List.of(r.get(0), r.get(1))) {
            assertThat(jdbc.sql("SELECT tracking_number FROM appeal WHERE id = :id").param("id", created.id()).query(String.class).single())
                    .isEqualTo(created.trackingNumber());
            assertThat(jdbc.sql("SELECT count(*) FROM appeal_event WHERE appeal_id = :id AND action = 'SUBMIT'")
                    .param("id", created.id()).query(Long.class).single()).isEqualTo(1);
            assertThat(jdbc.sql("SELECT count(*) FROM platform_audit_log WHERE action = 'appeal.submit' AND target_id = :t")
                    .param("t", created.trackingNumber()).query(Long.class).single()).isEqualTo(1);
        }
    }

    @Test
    @DisplayName("12345: the same ticket posted 12 times at once is one appeal; every request gets its tracking number, exactly one is 201")
    void concurrentSameTicket() throws Exception {
        String ticket = "12345-burst-" + UUID.randomUUID();
        String body = """
                {"ticketId":"%s","type":"CONSULTATION","category":"GOV_SERVICES","title":"同一工单并发推送","content":"请问开办企业需要哪些材料？","name":"钱七","phone":"13700003333","region":"650102"}"""
                .formatted(ticket);
        HttpClient client = HttpClient.newHttpClient();
        List<Future<HttpResponse<String>>> answers = new ArrayList<>();
        try (ExecutorService pool = Executors.newVirtualThreadPerTaskExecutor()) {
            for (int i = 0; i < 12; i++) {
                // each delivery is its own signed request (own nonce), as a retrying hotline system sends it
                answers.add(pool.submit(() -> client.send(HotlineSignature.signed(HttpRequest.newBuilder(
                                URI.create("http://127.0.0.1:" + port + "/api/v1/public/appeals/hotline"))
                        .header("Content-Type", "application/json")
                        .POST(HttpRequest.BodyPublishers.ofString(body)), HotlineSignature.DEMO_SECRET, body).build(),
                        HttpResponse.BodyHandlers.ofString())));
            }
        }
        String tracking = jdbc.sql("SELECT tracking_number FROM appeal WHERE external_ticket = :t").param("t", ticket)
                .query(String.class).single();
        int created = 0;
        for (Future<HttpResponse<String>> a : answers) {
            HttpResponse<String> r = a.get();
            assertThat(r.statusCode()).isIn(200, 201);
            assertThat(r.body()).contains(tracking);
            created += r.statusCode() == 201 ? 1 : 0;
        }
        assertThat(created).isEqualTo(1);
        assertThat(stored(ticket)).isEqualTo(1);
    }

    /** Commits for real, then reports the first commit as failed: the answer lost after COMMIT reached the database. */
    static final class FirstCommitAnswerLost implements PlatformTransactionManager {
        private final PlatformTransactionManager real;
        private final AtomicBoolean lost = new AtomicBoolean();

        FirstCommitAnswerLost(PlatformTransactionManager real) {
            this.real = real;
        }

        @Override
        public TransactionStatus getTransaction(TransactionDefinition definition) {
            return real.getTransaction(definition);
        }

        @Override
        public void commit(TransactionStatus status) {
            real.commit(status);
            if (lost.compareAndSet(false, true)) {
                throw new TransactionSystemException("connection lost while committing (simulated)");
            }
        }

        @Override
        public void rollback(TransactionStatus status) {
            real.rollback(status);
        }
    }

    long storedTitled(String title) {
        return jdbc.sql("SELECT count(*) FROM appeal WHERE title = :t").param("t", title).query(Long.class).single();
    }

    @Test
    @DisplayName("a commit whose answer was lost is retried with the same keys: the appeal is stored once, with one timeline entry, and the requester gets its receipt")
    void commitOfUnknownOutcome() {
        String title = "提交结果不明-" + UUID.randomUUID().toString().substring(0, 8);
        GroupCommit commit = new GroupCommit(store, new FirstCommitAnswerLost(transactions), 500, 2000, java.time.Duration.ofMinutes(5));
        commit.start();
        SubmittingAppeal.Receipt receipt;
        try {
            receipt = commit.submit(prepared(null, title));
        } finally {
            commit.stop();
        }
        assertThat(storedTitled(title)).isEqualTo(1);
        long id = jdbc.sql("SELECT id FROM appeal WHERE title = :t").param("t", title).query(Long.class).single();
        assertThat(receipt.id()).isEqualTo(id);
        assertThat(receipt.created()).isTrue();
        assertThat(jdbc.sql("SELECT count(*) FROM appeal_event WHERE appeal_id = :id AND action = 'SUBMIT'")
                .param("id", id).query(Long.class).single()).isEqualTo(1);
    }

    @Test
    @DisplayName("storing again with the same keys writes nothing and answers with the same receipt")
    void sameKeysTwice() {
        String title = "同一键重试-" + UUID.randomUUID().toString().substring(0, 8);
        IntakeStore.PreparedAppeal appeal = prepared(null, title);
        long[][] keys = store.drawKeys(1);
        SubmittingAppeal.Receipt first = tx.execute(s -> store.storeAll(List.of(appeal), keys)).getFirst();
        SubmittingAppeal.Receipt again = tx.execute(s -> store.storeAll(List.of(appeal), keys)).getFirst();
        assertThat(again).isEqualTo(first);
        assertThat(storedTitled(title)).isEqualTo(1);
    }
}
