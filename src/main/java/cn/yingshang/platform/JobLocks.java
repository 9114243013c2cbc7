package cn.yingshang.platform;

/**
 * Start-up work that must run on one node at a time when several nodes share the database (demo
 * seeding, shipped data brought up to date). Scheduled jobs use ShedLock's {@code @SchedulerLock}
 * instead, which skips a run another node already does; start-up work waits its turn, because what
 * it creates must exist before the node serves.
 */
public interface JobLocks {

    /**
     * The one lock all start-up seeding shares: seeders build on each other (accounts on entities,
     * appeals on accounts), so a node seeds only while no other node is seeding anything.
     */
    String START_UP = "start-up";

    /**
     * Runs {@code work} while this node holds the lock named {@code job}, waiting for another node
     * to release it first. The work must itself be idempotent (check, then create): the node that
     * waited runs it after the other has finished.
     */
    void runAlone(String job, Runnable work);
}
