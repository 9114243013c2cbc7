package cn.yingshang.appeal.internal;

import cn.yingshang.platform.ServiceBusy;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.SmartLifecycle;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Group commit for intake: requests hand their validated appeal to one writer thread, which stores
 * whatever has queued up meanwhile in a single transaction and completes each waiting request only
 * after that transaction has committed — so an acknowledged appeal is a persisted one, while many
 * appeals share one commit (one WAL flush) instead of paying one each.
 * <p>
 * If a batch fails, its appeals are retried one per transaction, so one bad row cannot fail the
 * requests that queued beside it.
 * <p>
 * The queue is bounded ({@code yingshang.appeal.intake.queue-capacity}) and so is the wait
 * ({@code yingshang.appeal.intake.wait-timeout}): when the database hangs, requests get a 503 with
 * {@code Retry-After} instead of piling up in memory with their attachments. An appeal still queued
 * when its wait ends is taken off the queue (certainly not stored); one already in the writer's
 * batch may yet commit, and its requester is told so.
 */
@Component
class GroupCommit implements SmartLifecycle {

    private static final Logger log = LoggerFactory.getLogger(GroupCommit.class);

    private record Pending(IntakeStore.PreparedAppeal appeal, CompletableFuture<SubmittingAppeal.Receipt> done) {
    }

    private final IntakeStore store;
    private final TransactionTemplate tx;
    private final int maxBatch;
    private final int capacity;
    private final Duration waitTimeout;
    private final BlockingQueue<Pending> queue;
    private volatile boolean running;
    private volatile Thread writer;

    GroupCommit(IntakeStore store, PlatformTransactionManager transactions,
                @Value("${yingshang.appeal.intake.max-batch:500}") int maxBatch,
                @Value("${yingshang.appeal.intake.queue-capacity:2000}") int capacity,
                @Value("${yingshang.appeal.intake.wait-timeout:PT10S}") Duration waitTimeout) {
        this.store = store;
        this.tx = new TransactionTemplate(transactions);
        this.maxBatch = maxBatch;
        this.capacity = capacity;
        this.waitTimeout = waitTimeout;
        this.queue = new LinkedBlockingQueue<>(capacity);
    }

    /** Appeals waiting for the writer now (health and metrics). */
    int depth() {
        return queue.size();
    }

    int capacity() {
        return capacity;
    }

    /** Stores the appeal with others that arrive meanwhile; returns once it is committed. */
    SubmittingAppeal.Receipt submit(IntakeStore.PreparedAppeal appeal) {
        if (!running) {
            return storeAlone(appeal);
        }
        Pending p = new Pending(appeal, new CompletableFuture<>());
        if (!queue.offer(p)) {
            throw new ServiceBusy("platform.busy.detail", retryAfterSeconds());
        }
        // an interrupt must not turn into "not stored": the writer may still commit this appeal, and a
        // requester told it failed would submit it again; so wait on, and restore the flag afterwards
        return awaitStored(p);
    }

    private SubmittingAppeal.Receipt awaitStored(Pending p) {
        boolean interrupted = false;
        long giveUp = System.nanoTime() + waitTimeout.toNanos();
        try {
            while (true) {
                try {
                    return p.done().get(Math.max(1, Math.min(1000, (giveUp - System.nanoTime()) / 1_000_000)), TimeUnit.MILLISECONDS);
                } catch (TimeoutException e) {
                    if (System.nanoTime() - giveUp >= 0) {
                        // the database is not answering: still queued means certainly not stored
                        throw new ServiceBusy(queue.remove(p) ? "platform.busy.detail" : "platform.busy.unknown",
                                retryAfterSeconds());
                    }
                    // stopped (or the writer died) while we waited: if the writer never took it, store it here
                    Thread w = writer;
                    if ((!running || w == null || !w.isAlive()) && queue.remove(p)) {
                        return storeAlone(p.appeal());
                    }
                } catch (ExecutionException e) {
                    if (e.getCause() instanceof RuntimeException r) {
                        throw r;
                    }
                    throw new IllegalStateException(e.getCause());
                } catch (InterruptedException e) {
                    interrupted = true;
                }
            }
        } finally {
            if (interrupted) {
                Thread.currentThread().interrupt();
            }
        }
    }

    private int retryAfterSeconds() {
        return (int) Math.max(1, waitTimeout.toSeconds());
    }

    private SubmittingAppeal.Receipt storeAlone(IntakeStore.PreparedAppeal appeal) {
        return tx.execute(status -> store.storeAll(List.of(appeal))).getFirst();
    }

    private void run() {
        List<Pending> batch = new ArrayList<>(maxBatch);
        while (running || !queue.isEmpty()) {
            try {
                Pending first = queue.poll(200, TimeUnit.MILLISECONDS);
                if (first == null) {
                    continue;
                }
                batch.add(first);
                queue.drainTo(batch, maxBatch - 1);
                write(batch);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            } catch (RuntimeException | Error e) {
                // complete the batch's waiters even on an Error: they were taken off the queue, so none of
                // them can fall back to storing alone and each would otherwise wait for ever
                log.error("appeal intake writer failed", e);
                batch.forEach(p -> p.done().completeExceptionally(e));
                if (e instanceof Error) {
                    throw e;
                }
            } finally {
                batch.clear();
            }
        }
    }

    private void write(List<Pending> batch) {
        // keys drawn outside the transaction, so the retries below reuse them and cannot store an appeal twice
        // when the batch's COMMIT reached the database but its answer did not
        long[][] keys = store.drawKeys(batch.size());
        List<SubmittingAppeal.Receipt> receipts;
        try {
            receipts = tx.execute(status -> store.storeAll(batch.stream().map(Pending::appeal).toList(), keys));
        } catch (RuntimeException e) {
            log.warn("appeal intake batch of {} failed, storing one by one: {}", batch.size(), e.getMessage());
            for (int i = 0; i < batch.size(); i++) {
                Pending p = batch.get(i);
                long[][] own = {keys[i]};
                try {
                    p.done().complete(tx.execute(status -> store.storeAll(List.of(p.appeal()), own)).getFirst());
                } catch (RuntimeException one) {
                    p.done().completeExceptionally(one);
                }
            }
            return;
        }
        for (int i = 0; i < batch.size(); i++) {
            batch.get(i).done().complete(receipts.get(i));
        }
    }

    @Override
    public synchronized void start() {
        if (running) {
            return;
        }
        running = true;
        writer = Thread.ofPlatform().name("appeal-intake-writer").daemon().start(this::run);
    }

    /** Drains what is queued, then stops; later submissions store in the caller's thread. */
    @Override
    public synchronized void stop() {
        running = false;
        if (writer != null) {
            try {
                writer.join(TimeUnit.SECONDS.toMillis(30));
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            writer = null;
        }
    }

    @Override
    public boolean isRunning() {
        return running;
    }

    /** Stops after the web server (which stops at a higher phase), so no request is left waiting. */
    @Override
    public int getPhase() {
        return SmartLifecycle.DEFAULT_PHASE - 4096;
    }
}
