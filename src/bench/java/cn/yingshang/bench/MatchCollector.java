package cn.yingshang.bench;

/** Collects (policy, row) matches as an order-independent hash and a count, so match sets compare by hash. */
public final class MatchCollector {

    private long hash;
    private long count;

    public void add(int policy, int row) {
        hash += mix(((long) policy << 32) | row);
        count++;
    }

    public long hash() {
        return hash;
    }

    public long count() {
        return count;
    }

    public void merge(MatchCollector other) {
        hash += other.hash;
        count += other.count;
    }

    static long mix(long z) {
        z = (z ^ (z >>> 30)) * 0xbf58476d1ce4e5b9L;
        z = (z ^ (z >>> 27)) * 0x94d049bb133111ebL;
        return z ^ (z >>> 31);
    }
}
