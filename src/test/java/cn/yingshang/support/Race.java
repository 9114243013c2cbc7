package cn.yingshang.support;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

/**
 * Two (or more) people pressing the button at the same moment: each request waits on one latch, so
 * they reach the platform together, as two officials on two nodes would.
 */
public final class Race {

    private Race() {
    }

    @SafeVarargs
    public static <T> List<T> run(Callable<T>... contenders) {
        CountDownLatch ready = new CountDownLatch(contenders.length);
        CountDownLatch go = new CountDownLatch(1);
        ExecutorService pool = Executors.newFixedThreadPool(contenders.length);
        try {
            List<Future<T>> futures = new ArrayList<>();
            for (Callable<T> c : contenders) {
                futures.add(pool.submit(() -> {
                    ready.countDown();
                    go.await();
                    return c.call();
                }));
            }
            ready.await(10, TimeUnit.SECONDS);
            go.countDown();
            List<T> results = new ArrayList<>();
            for (Future<T> f : futures) {
                results.add(f.get(60, TimeUnit.SECONDS));
            }
            return results;
        } catch (Exception e) {
            throw new IllegalStateException(e);
        } finally {
            pool.shutdownNow();
        }
    }
}
