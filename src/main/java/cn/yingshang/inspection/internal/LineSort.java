package cn.yingshang.inspection.internal;

/**
 * Sorts three parallel arrays by (high, low): quicksort with a median-of-three pivot, insertion sort
 * for short ranges, recursion on the smaller side only (depth stays logarithmic). Keys are unique
 * credit codes, so stability does not matter.
 */
@cn.yingshang.shared.DomainType
final class LineSort {

    private static final int SHORT = 24;

    private LineSort() {
    }

    static void sort(long[] high, long[] low, int[] payload, int from, int to) {
        while (to - from > SHORT) {
            int mid = (from + to) >>> 1;
            if (less(high, low, mid, from)) {
                swap(high, low, payload, mid, from);
            }
            if (less(high, low, to, from)) {
                swap(high, low, payload, to, from);
            }
            if (less(high, low, to, mid)) {
                swap(high, low, payload, to, mid);
            }
            long pivotHigh = high[mid];
            long pivotLow = low[mid];
            int i = from;
            int j = to;
            while (i <= j) {
                while (compare(high[i], low[i], pivotHigh, pivotLow) < 0) {
                    i++;
                }
                while (compare(high[j], low[j], pivotHigh, pivotLow) > 0) {
                    j--;
                }
                if (i <= j) {
                    swap(high, low, payload, i++, j--);
                }
            }
            if (j - from < to - i) {
                sort(high, low, payload, from, j);
                from = i;
            } else {
                sort(high, low, payload, i, to);
                to = j;
            }
        }
        for (int i = from + 1; i <= to; i++) {
            for (int j = i; j > from && less(high, low, j, j - 1); j--) {
                swap(high, low, payload, j, j - 1);
            }
        }
    }

    private static int compare(long h1, long l1, long h2, long l2) {
        int byHigh = Long.compare(h1, h2);
        return byHigh != 0 ? byHigh : Long.compare(l1, l2);
    }

    private static boolean less(long[] high, long[] low, int a, int b) {
        return compare(high[a], low[a], high[b], low[b]) < 0;
    }

    private static void swap(long[] high, long[] low, int[] payload, int a, int b) {
        long h = high[a];
        high[a] = high[b];
        high[b] = h;
        long l = low[a];
        low[a] = low[b];
        low[b] = l;
        int p = payload[a];
        payload[a] = payload[b];
        payload[b] = p;
    }
}
