package cn.yingshang.appeal.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.TransactionStatus;
import org.springframework.transaction.support.SimpleTransactionStatus;

class GroupCommitWriterTest {

    /** Transactions that do nothing: the writer's own bookkeeping is under test, not the database. */
    static final class NoTransactions implements PlatformTransactionManager {
        @Override
        public TransactionStatus getTransaction(TransactionDefinition definition) {
            return new SimpleTransactionStatus();
        }

        @Override
        public void commit(TransactionStatus status) {
        }

        @Override
        public void rollback(TransactionStatus status) {
        }
    }

    @Test
    void aWriterThatDiesOfAnErrorAnswersTheRequestsItHadTakenInsteadOfLeavingThemWaiting() {
        IntakeStore failing = new IntakeStore(null, null) {
            @Override
            long[][] drawKeys(int n) {
                return new long[n][2];
            }

            @Override
            List<SubmittingAppeal.Receipt> storeAll(List<PreparedAppeal> batch, long[][] keys) {
                throw new OutOfMemoryError("simulated");
            }
        };
        GroupCommit commit = new GroupCommit(failing, new NoTransactions(), 500, 2000, java.time.Duration.ofMinutes(5));
        commit.start();
        try {
            assertTimeoutPreemptively(Duration.ofSeconds(10), () ->
                    assertThatThrownBy(() -> commit.submit(null)).hasRootCauseInstanceOf(OutOfMemoryError.class));
        } finally {
            commit.stop();
        }
    }

    @Test
    void anInterruptedRequesterStillGetsItsReceiptOnceTheWriterCommits() throws Exception {
        CountDownLatch writing = new CountDownLatch(1);
        CountDownLatch interrupted = new CountDownLatch(1);
        IntakeStore slow = new IntakeStore(null, null) {
            @Override
            long[][] drawKeys(int n) {
                return new long[n][2];
            }

            @Override
            List<SubmittingAppeal.Receipt> storeAll(List<PreparedAppeal> batch, long[][] keys) {
                writing.countDown();
                try {
                    interrupted.await();
                } catch (InterruptedException e) {
                    throw new IllegalStateException(e);
                }
                return List.of(new SubmittingAppeal.Receipt(7, "SQ2026112300000007", true, "YS0000000000007", "ABCD2345"));
            }
        };
        GroupCommit commit = new GroupCommit(slow, new NoTransactions(), 500, 2000, java.time.Duration.ofMinutes(5));
        commit.start();
        try {
            AtomicReference<Object> outcome = new AtomicReference<>();
            AtomicReference<Boolean> flagKept = new AtomicReference<>();
            Thread requester = Thread.ofPlatform().start(() -> {
                try {
                    outcome.set(commit.submit(null));
                } catch (RuntimeException e) {
                    outcome.set(e);
                }
                flagKept.set(Thread.currentThread().isInterrupted());
            });
            writing.await();
            requester.interrupt();
            interrupted.countDown();
            requester.join(10_000);
            assertThat(outcome.get()).isEqualTo(new SubmittingAppeal.Receipt(7, "SQ2026112300000007", true, "YS0000000000007", "ABCD2345"));
            assertThat(flagKept.get()).isTrue();
        } finally {
            commit.stop();
        }
    }

    @Test
    @org.junit.jupiter.api.DisplayName("issue 19: while the writer hangs, a full queue refuses at once and a queued request gives up after the wait timeout, both with ServiceBusy")
    void boundedQueueAndWait() throws Exception {
        CountDownLatch writing = new CountDownLatch(1);
        CountDownLatch release = new CountDownLatch(1);
        IntakeStore hung = new IntakeStore(null, null) {
            @Override
            long[][] drawKeys(int n) {
                return new long[n][2];
            }

            @Override
            List<SubmittingAppeal.Receipt> storeAll(List<PreparedAppeal> batch, long[][] keys) {
                writing.countDown();
                try {
                    release.await();
                } catch (InterruptedException e) {
                    throw new IllegalStateException(e);
                }
                return batch.stream().map(p -> new SubmittingAppeal.Receipt(1, "SQ1", true, null, null)).toList();
            }
        };
        GroupCommit commit = new GroupCommit(hung, new NoTransactions(), 500, 1, Duration.ofSeconds(1));
        commit.start();
        try {
            AtomicReference<Object> inFlight = new AtomicReference<>();
            AtomicReference<Object> queued = new AtomicReference<>();
            Thread first = Thread.ofPlatform().start(() -> inFlight.set(outcome(commit)));
            writing.await();
            Thread second = Thread.ofPlatform().start(() -> queued.set(outcome(commit)));
            org.awaitility.Awaitility.await("the second submission queued").atMost(Duration.ofSeconds(5))
                    .pollInterval(Duration.ofMillis(10)).until(() -> commit.depth() >= 1);
            assertThat(commit.depth()).isEqualTo(1);
            assertThatThrownBy(() -> commit.submit(null)).isInstanceOfSatisfying(cn.yingshang.platform.ServiceBusy.class,
                    e -> assertThat(e.messageKey()).isEqualTo("platform.busy.detail"));
            second.join(5_000);
            first.join(5_000);
            assertThat(queued.get()).isInstanceOfSatisfying(cn.yingshang.platform.ServiceBusy.class,
                    e -> assertThat(e.messageKey()).isEqualTo("platform.busy.detail"));
            assertThat(inFlight.get()).isInstanceOfSatisfying(cn.yingshang.platform.ServiceBusy.class,
                    e -> assertThat(e.messageKey()).isEqualTo("platform.busy.unknown"));
            assertThat(commit.depth()).as("the request that gave up left the queue").isZero();
        } finally {
            release.countDown();
            commit.stop();
        }
    }

    private static Object outcome(GroupCommit commit) {
        try {
            return commit.submit(null);
        } catch (RuntimeException e) {
            return e;
        }
    }
}
