package cn.yingshang.appeal.internal;

import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import java.time.Duration;
import java.util.List;
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
            List<AppealService.Receipt> storeAll(List<PreparedAppeal> batch) {
                throw new OutOfMemoryError("simulated");
            }
        };
        GroupCommit commit = new GroupCommit(failing, new NoTransactions(), 500);
        commit.start();
        try {
            assertTimeoutPreemptively(Duration.ofSeconds(10), () ->
                    assertThatThrownBy(() -> commit.submit(null)).hasRootCauseInstanceOf(OutOfMemoryError.class));
        } finally {
            commit.stop();
        }
    }
}
