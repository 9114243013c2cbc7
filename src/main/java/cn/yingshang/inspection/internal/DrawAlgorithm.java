package cn.yingshang.inspection.internal;

import cn.yingshang.platform.Text;
import cn.yingshang.shared.CreditRiskClass;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.EnumMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * The draw anyone can recompute ({@value #NAME}). Published so that a citizen with a shell can check it:
 * <ol>
 *   <li>The seed is 32 random bytes written as 64 lower-case hex characters. Before the draw the
 *       platform publishes the commitment {@code SHA-256(seed text)} ({@code printf %s SEED | sha256sum}).</li>
 *   <li>The frozen pool is a text file, one line per entity {@code creditCode,class,flag\n} sorted by
 *       credit code; {@code class} is A/B/C/D, {@code flag} is {@code K} for key supervision (always
 *       inspected, 000 §52) or {@code -}. Its SHA-256 is published with the commitment.</li>
 *   <li>Each entity's score is {@code HMAC-SHA256(key = seed text, message = credit code)}
 *       ({@code printf %s CODE | openssl dgst -sha256 -hmac SEED}); entities are ranked by the first
 *       16 hex characters of the score, then by credit code.</li>
 *   <li>Per class c with n entities not under key supervision and ratio r % (plan), the first
 *       {@code k = ceil(n × r / 100)} of the ranking are drawn; every K entity is drawn.</li>
 *   <li>The selection is the drawn credit codes sorted, one per line with {@code \n}; its SHA-256 is published.</li>
 * </ol>
 * Inspectors are drawn the same way with message {@code creditCode|certificateNo} (see {@link InspectorDraw}).
 *
 * <p>Why this class is over 400 lines and stays whole: it is the reference implementation of a
 * published, versioned algorithm that two other implementations must reproduce bit for bit (the
 * public page's Web Worker, {@code static/js/sha256.js}, and the CLI {@link DrawVerifier}). An
 * auditor compares the steps above with this one file; the frozen {@link Pool} encoding, the HMAC
 * scoring and the per-class cut are one specification, and a change to any of them is a new
 * {@value #NAME}. Spread over classes, the specification would have no single place to be read.
 */
@cn.yingshang.shared.DomainType
final class DrawAlgorithm {

    static final String NAME = "yingshang-draw-v1";
    private static final HexFormat HEX = HexFormat.of();

    private DrawAlgorithm() {
    }

    /** Ratios in percent per class, two decimals (a plan's configuration). */
    record Ratios(BigDecimal a, BigDecimal b, BigDecimal c, BigDecimal d) {

        Ratios {
            for (BigDecimal r : new BigDecimal[]{a, b, c, d}) {
                if (r == null || r.signum() < 0 || r.compareTo(BigDecimal.valueOf(100)) > 0) {
                    throw new cn.yingshang.shared.DomainViolation("ratio", Text.of("inspection.draw.ratioRange"));
                }
            }
        }

        BigDecimal of(CreditRiskClass riskClass) {
            return switch (riskClass) {
                case A -> a;
                case B -> b;
                case C -> c;
                case D -> d;
            };
        }

        long basisPoints(CreditRiskClass riskClass) {
            return of(riskClass).movePointRight(2).longValue();
        }
    }

    /**
     * A frozen pool held as its canonical text: fixed 23-byte lines {@code creditCode,class,flag\n}
     * sorted by credit code. The published bytes are the working form, so a 2.5M pool is one 58 MB
     * array, loading it needs no parsing beyond a check, and the HMAC reads each code in place.
     */
    static final class Pool {
        static final int LINE = 23;
        static final int CODE = 18;
        private static final int CLASS_AT = 19;
        private static final int FLAG_AT = 21;

        private final byte[] text;
        private final int size;

        private Pool(byte[] text) {
            this.text = text;
            this.size = text.length / LINE;
        }

        int size() {
            return size;
        }

        String code(int i) {
            return new String(text, i * LINE, CODE, StandardCharsets.US_ASCII);
        }

        int classOrdinal(int i) {
            return text[i * LINE + CLASS_AT] - 'A';
        }

        CreditRiskClass riskClass(int i) {
            return CreditRiskClass.values()[classOrdinal(i)];
        }

        boolean key(int i) {
            return text[i * LINE + FLAG_AT] == 'K';
        }

        /** Entities per class A–D outside key supervision, then those under key supervision. */
        int[] countsPerClass() {
            int[] counts = new int[5];
            for (int i = 0; i < size; i++) {
                counts[key(i) ? 4 : classOrdinal(i)]++;
            }
            return counts;
        }

        /** The canonical text whose hash is published (the pool's own bytes: do not modify). */
        byte[] canonical() {
            return text;
        }

        /** Checks a published pool text line by line (a verifier may be handed any file). */
        static Pool parse(byte[] canonical) {
            if (canonical.length % LINE != 0) {
                throw new cn.yingshang.shared.DomainViolation("pool", Text.of("inspection.draw.poolLineFormat"));
            }
            int n = canonical.length / LINE;
            for (int i = 0; i < n; i++) {
                int at = i * LINE;
                for (int j = 0; j < CODE; j++) {
                    byte b = canonical[at + j];
                    if (!(b >= '0' && b <= '9' || b >= 'A' && b <= 'Z')) {
                        throw badLine(i);
                    }
                }
                byte c = canonical[at + CLASS_AT];
                byte f = canonical[at + FLAG_AT];
                if (canonical[at + CODE] != ',' || canonical[at + CLASS_AT + 1] != ',' || canonical[at + LINE - 1] != '\n'
                        || c < 'A' || c > 'D' || f != 'K' && f != '-') {
                    throw badLine(i);
                }
                if (i > 0 && Arrays.compare(canonical, at - LINE, at - LINE + CODE, canonical, at, at + CODE) >= 0) {
                    throw new cn.yingshang.shared.DomainViolation("pool", Text.of("inspection.draw.poolOrder", (i + 1)));
                }
            }
            return new Pool(canonical);
        }

        private static RuntimeException badLine(int i) {
            return new cn.yingshang.shared.DomainViolation("pool", Text.of("inspection.draw.poolLineInvalid", (i + 1)));
        }

        /** Collects entries in any order; {@link #build} sorts them by credit code only if they arrived unsorted. */
        static final class Builder {
            private byte[] text = new byte[LINE * 1024];
            private int size;
            private boolean sorted = true;

            void add(String creditCode, CreditRiskClass riskClass, boolean key) {
                if (creditCode.length() != CODE) {
                    throw new IllegalArgumentException("credit code of 18 characters expected: " + creditCode);
                }
                if (text.length < (size + 1) * LINE) {
                    text = Arrays.copyOf(text, Math.max(text.length * 2, (size + 1) * LINE));
                }
                int at = size * LINE;
                for (int j = 0; j < CODE; j++) {
                    char c = creditCode.charAt(j);
                    if (!(c >= '0' && c <= '9' || c >= 'A' && c <= 'Z')) {
                        throw new IllegalArgumentException("credit code of digits and capitals expected: " + creditCode);
                    }
                    text[at + j] = (byte) c;
                }
                text[at + CODE] = ',';
                text[at + CLASS_AT] = (byte) ('A' + riskClass.ordinal());
                text[at + CLASS_AT + 1] = ',';
                text[at + FLAG_AT] = (byte) (key ? 'K' : '-');
                text[at + LINE - 1] = '\n';
                if (size > 0 && sorted && Arrays.compare(text, at - LINE, at - LINE + CODE, text, at, at + CODE) > 0) {
                    sorted = false;
                }
                size++;
            }

            Pool build() {
                byte[] exact = Arrays.copyOf(text, size * LINE);
                return new Pool(sorted ? exact : sortedLines(exact, size));
            }

            /**
             * Registry rows come in storage order: sort the lines by code. Each code packs into two
             * longs (nine characters of six bits each, order kept), sorted together with the line
             * numbers, so 2.5M lines sort without an object per line.
             */
            private static byte[] sortedLines(byte[] lines, int n) {
                long[] high = new long[n];
                long[] low = new long[n];
                int[] line = new int[n];
                for (int i = 0; i < n; i++) {
                    high[i] = packed(lines, i * LINE);
                    low[i] = packed(lines, i * LINE + 9);
                    line[i] = i;
                }
                LineSort.sort(high, low, line, 0, n - 1);
                byte[] out = new byte[n * LINE];
                for (int i = 0; i < n; i++) {
                    System.arraycopy(lines, line[i] * LINE, out, i * LINE, LINE);
                }
                return out;
            }

            private static long packed(byte[] text, int at) {
                long v = 0;
                for (int j = 0; j < 9; j++) {
                    v = (v << 6) | (text[at + j] - '0');  // '0'..'Z' → 0..42, in ASCII order
                }
                return v;
            }
        }

        /** Builds a pool from entries in any order (tests and small pools). */
        static Pool of(List<String> codes, List<CreditRiskClass> classes, List<Boolean> key) {
            Builder builder = new Builder();
            for (int i = 0; i < codes.size(); i++) {
                builder.add(codes.get(i), classes.get(i), key.get(i));
            }
            return builder.build();
        }
    }

    record StratumCount(int inPool, BigDecimal ratio, int drawn) {
    }

    /** The drawn codes (sorted) with their frozen classes, counts per class (key supervision apart) and the selection hash. */
    record Selection(List<String> codes, List<CreditRiskClass> riskClasses, Map<CreditRiskClass, StratumCount> strata,
                     int keySupervision, String hash) {
    }

    static String newSeed(SecureRandom random) {
        byte[] seed = new byte[32];
        random.nextBytes(seed);
        return HEX.formatHex(seed);
    }

    static String commitment(String seed) {
        return sha256(seed.getBytes(StandardCharsets.UTF_8));
    }

    static String sha256(byte[] bytes) {
        try {
            return HEX.formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    static Mac hmac(String seed) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(seed.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
            return mac;
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    /** First 8 bytes of HMAC-SHA256(seed, message) as an unsigned rank (compare with Long.compareUnsigned). */
    static long score(Mac mac, String message) {
        byte[] h = mac.doFinal(message.getBytes(StandardCharsets.UTF_8));
        long v = 0;
        for (int i = 0; i < 8; i++) {
            v = (v << 8) | (h[i] & 0xff);
        }
        return v;
    }

    /**
     * HMAC-SHA256 with the key's inner and outer pads absorbed once: each score then costs two
     * SHA-256 compressions instead of four (same result as {@link #hmac}, checked by the tests).
     */
    static final class Hmac {
        private final MessageDigest inner;
        private final MessageDigest outer;

        Hmac(String seed) {
            try {
                byte[] key = seed.getBytes(StandardCharsets.UTF_8);
                if (key.length > 64) {
                    key = MessageDigest.getInstance("SHA-256").digest(key);
                }
                byte[] ipad = new byte[64];
                byte[] opad = new byte[64];
                for (int i = 0; i < 64; i++) {
                    byte k = i < key.length ? key[i] : 0;
                    ipad[i] = (byte) (k ^ 0x36);
                    opad[i] = (byte) (k ^ 0x5c);
                }
                inner = MessageDigest.getInstance("SHA-256");
                inner.update(ipad);
                outer = MessageDigest.getInstance("SHA-256");
                outer.update(opad);
            } catch (GeneralSecurityException e) {
                throw new IllegalStateException(e);
            }
        }

        long score(String message) {
            byte[] bytes = message.getBytes(StandardCharsets.UTF_8);
            return score(bytes, 0, bytes.length);
        }

        /** The score of {@code length} bytes read in place (a pool's credit code, without copying it out). */
        long score(byte[] message, int offset, int length) {
            try {
                MessageDigest i = (MessageDigest) inner.clone();
                i.update(message, offset, length);
                MessageDigest o = (MessageDigest) outer.clone();
                o.update(i.digest());
                byte[] h = o.digest();
                long v = 0;
                for (int b = 0; b < 8; b++) {
                    v = (v << 8) | (h[b] & 0xff);
                }
                return v;
            } catch (CloneNotSupportedException e) {
                throw new IllegalStateException(e);
            }
        }
    }

    /**
     * The selection for a seed, pool and ratios. Only the k lowest scores of each class matter, so
     * instead of sorting millions of scores a histogram of their leading bits finds the bucket that
     * holds the k-th score, and only that bucket (a few dozen scores) is sorted. Scores are computed
     * on every core, each worker with its own HMAC state.
     */
    static Selection draw(String seed, Pool pool, Ratios ratios) {
        if (seed == null || !seed.matches("[0-9a-f]{64}")) {
            throw new cn.yingshang.shared.DomainViolation("seed", Text.of("inspection.draw.seedFormat"));
        }
        int n = pool.size();
        int keyCount = 0;
        int[] inClass = new int[4];
        for (int i = 0; i < n; i++) {
            if (pool.key(i)) {
                keyCount++;
            } else {
                inClass[pool.classOrdinal(i)]++;
            }
        }
        int[] wanted = new int[4];
        boolean[] ranked = new boolean[4];  // a ratio of 0 % or 100 % needs no ranking
        Map<CreditRiskClass, StratumCount> strata = new EnumMap<>(CreditRiskClass.class);
        for (CreditRiskClass c : CreditRiskClass.values()) {
            int count = inClass[c.ordinal()];
            wanted[c.ordinal()] = (int) Math.min(count, (count * ratios.basisPoints(c) + 9_999) / 10_000);
            ranked[c.ordinal()] = wanted[c.ordinal()] > 0 && wanted[c.ordinal()] < count;
            strata.put(c, new StratumCount(count, ratios.of(c), wanted[c.ordinal()]));
        }
        int bits = Math.max(4, Math.min(16, 31 - Integer.numberOfLeadingZeros(Math.max(n, 1))));
        int buckets = 1 << bits;
        int shift = 64 - bits;
        long[] scores = new long[n];
        int[] histogram = score(seed, pool, ranked, scores, bits);
        // Per ranked class: the bucket holding the k-th lowest score and how many are wanted from it.
        int[] boundary = new int[4];
        int[] fromBoundary = new int[4];
        for (int c = 0; c < 4; c++) {
            if (!ranked[c]) {
                continue;
            }
            int below = 0;
            int b = 0;
            while (below + histogram[c * buckets + b] < wanted[c]) {
                below += histogram[c * buckets + b];
                b++;
            }
            boundary[c] = b;
            fromBoundary[c] = wanted[c] - below;
        }
        long[][] inBoundary = new long[4][];
        int[] filled = new int[4];
        for (int c = 0; c < 4; c++) {
            inBoundary[c] = ranked[c] ? new long[histogram[c * buckets + boundary[c]]] : new long[0];
        }
        for (int i = 0; i < n; i++) {
            int c = pool.classOrdinal(i);
            if (!pool.key(i) && ranked[c] && (int) (scores[i] >>> shift) == boundary[c]) {
                inBoundary[c][filled[c]++] = scores[i] ^ Long.MIN_VALUE;  // signed order = unsigned order of the score
            }
        }
        long[] threshold = new long[4];
        int[] ties = new int[4];  // equal scores at the threshold: the lower credit codes first (pool order)
        for (int c = 0; c < 4; c++) {
            if (ranked[c]) {
                long[] sorted = inBoundary[c];
                Arrays.sort(sorted);
                threshold[c] = sorted[fromBoundary[c] - 1];
                int strictlyBelow = 0;
                while (sorted[strictlyBelow] < threshold[c]) {
                    strictlyBelow++;
                }
                ties[c] = fromBoundary[c] - strictlyBelow;
            }
        }
        int[] chosen = new int[keyCount + Arrays.stream(wanted).sum()];
        int selected = 0;
        for (int i = 0; i < n; i++) {
            int c = pool.classOrdinal(i);
            boolean take;
            if (pool.key(i) || wanted[c] == inClass[c] && wanted[c] > 0) {
                take = true;
            } else if (!ranked[c]) {
                take = false;
            } else {
                int bucket = (int) (scores[i] >>> shift);
                long signed = scores[i] ^ Long.MIN_VALUE;
                take = bucket < boundary[c] || bucket == boundary[c]
                        && (signed < threshold[c] || signed == threshold[c] && ties[c]-- > 0);
            }
            if (take) {
                chosen[selected++] = i;
            }
        }
        byte[] text = new byte[selected * (Pool.CODE + 1)];
        List<String> codes = new ArrayList<>(selected);
        List<CreditRiskClass> classes = new ArrayList<>(selected);
        for (int j = 0; j < selected; j++) {
            classes.add(pool.riskClass(chosen[j]));
            System.arraycopy(pool.canonical(), chosen[j] * Pool.LINE, text, j * (Pool.CODE + 1), Pool.CODE);
            text[j * (Pool.CODE + 1) + Pool.CODE] = '\n';
            codes.add(pool.code(chosen[j]));
        }
        return new Selection(Collections.unmodifiableList(codes), Collections.unmodifiableList(classes), strata, keyCount, sha256(text));
    }

    /** Fills {@code scores} for the ranked entities and returns the per-class histogram of their leading {@code bits}. */
    private static int[] score(String seed, Pool pool, boolean[] ranked, long[] scores, int bits) {
        int n = pool.size();
        int buckets = 1 << bits;
        int workers = n < 50_000 ? 1 : Runtime.getRuntime().availableProcessors();
        int[][] histograms = new int[workers][];
        IntStream.range(0, workers).parallel().forEach(w -> {
            Hmac mac = new Hmac(seed);
            int[] histogram = new int[4 * buckets];
            byte[] text = pool.canonical();
            for (int i = (int) ((long) n * w / workers), end = (int) ((long) n * (w + 1) / workers); i < end; i++) {
                int c = pool.classOrdinal(i);
                if (ranked[c] && !pool.key(i)) {
                    long s = mac.score(text, i * Pool.LINE, Pool.CODE);
                    scores[i] = s;
                    histogram[c * buckets + (int) (s >>> (64 - bits))]++;
                }
            }
            histograms[w] = histogram;
        });
        int[] total = histograms[0];
        for (int w = 1; w < workers; w++) {
            for (int b = 0; b < total.length; b++) {
                total[b] += histograms[w][b];
            }
        }
        return total;
    }
}
