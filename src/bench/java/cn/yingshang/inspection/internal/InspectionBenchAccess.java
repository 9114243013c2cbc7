package cn.yingshang.inspection.internal;

import java.math.BigDecimal;
import org.springframework.context.ApplicationContext;

/**
 * The draw's phases as the benchmark driver times them, reached from the bench source tree (same
 * package, so nothing in the module's code is opened up for it).
 */
public final class InspectionBenchAccess {

    private InspectionBenchAccess() {
    }

    /** Freeze the pool and publish the commitment, as the plan's lead does (system user). */
    public static void commit(ApplicationContext context, long planId) {
        context.getBean(Draws.class).commit(planId, null);
    }

    /** Select, create the tasks and reveal the seed; returns the number of tasks created. */
    public static int draw(ApplicationContext context, long planId) {
        return context.getBean(Draws.class).draw(planId, null).selectedCount();
    }

    /** The stored pool, read and unpacked (what a draw loads before selecting). */
    public static byte[] loadPool(ApplicationContext context, long planId) {
        return context.getBean(Draws.class).snapshot(planId);
    }

    /** The revealed seed of a drawn plan. */
    public static String seed(ApplicationContext context, long planId) {
        return context.getBean(Draws.class).find(planId).orElseThrow().revealedSeed();
    }

    public static String selectionHash(ApplicationContext context, long planId) {
        return context.getBean(Draws.class).find(planId).orElseThrow().selectionHash();
    }

    /** A handle on a checked pool, so selection can be timed apart from the check. */
    public static Object parse(byte[] poolText) {
        return DrawAlgorithm.Pool.parse(poolText);
    }

    /** The selection's hash from a parsed pool (the draw itself, without storage). */
    public static String select(Object pool, String seed, BigDecimal a, BigDecimal b, BigDecimal c, BigDecimal d) {
        return DrawAlgorithm.draw(seed, (DrawAlgorithm.Pool) pool, new DrawAlgorithm.Ratios(a, b, c, d)).hash();
    }
}
