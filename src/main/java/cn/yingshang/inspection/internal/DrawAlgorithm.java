package cn.yingshang.inspection.internal;

import cn.yingshang.shared.CreditRiskClass;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.Arrays;
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
 */
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
                    throw new cn.yingshang.shared.DomainViolation("ratio", "抽查比例须在0%到100%之间");
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

    /** A frozen pool: parallel arrays sorted by credit code (millions of entries stay compact). */
    static final class Pool {
        final String[] codes;
        final byte[] classes;   // ordinal of CreditRiskClass
        final boolean[] key;

        Pool(String[] codes, byte[] classes, boolean[] key) {
            this.codes = codes;
            this.classes = classes;
            this.key = key;
        }

        int size() {
            return codes.length;
        }

        CreditRiskClass riskClass(int i) {
            return CreditRiskClass.values()[classes[i]];
        }

        /** The canonical text whose hash is published. */
        byte[] canonical() {
            StringBuilder out = new StringBuilder(codes.length * 23);
            for (int i = 0; i < codes.length; i++) {
                out.append(codes[i]).append(',').append(riskClass(i).name()).append(',').append(key[i] ? 'K' : '-').append('\n');
            }
            return out.toString().getBytes(StandardCharsets.UTF_8);
        }

        static Pool parse(byte[] canonical) {
            String text = new String(canonical, StandardCharsets.UTF_8);
            int lines = 0;
            for (int i = 0; i < text.length(); i++) {
                if (text.charAt(i) == '\n') {
                    lines++;
                }
            }
            String[] codes = new String[lines];
            byte[] classes = new byte[lines];
            boolean[] key = new boolean[lines];
            int pos = 0;
            for (int i = 0; i < lines; i++) {
                int end = text.indexOf('\n', pos);
                String line = text.substring(pos, end);
                String[] parts = line.split(",", -1);
                codes[i] = parts[0];
                classes[i] = (byte) CreditRiskClass.valueOf(parts[1]).ordinal();
                key[i] = parts[2].equals("K");
                pos = end + 1;
            }
            return new Pool(codes, classes, key);
        }

        /** Builds a pool from unsorted entries (sorted here by credit code). */
        static Pool of(List<String> codes, List<CreditRiskClass> classes, List<Boolean> key) {
            boolean sorted = true;  // the registry streams in credit-code order: usually nothing to sort
            for (int i = 1; i < codes.size() && sorted; i++) {
                sorted = codes.get(i - 1).compareTo(codes.get(i)) < 0;
            }
            if (sorted) {
                String[] c = codes.toArray(String[]::new);
                byte[] k = new byte[c.length];
                boolean[] f = new boolean[c.length];
                for (int i = 0; i < c.length; i++) {
                    k[i] = (byte) classes.get(i).ordinal();
                    f[i] = key.get(i);
                }
                return new Pool(c, k, f);
            }
            Integer[] order = IntStream.range(0, codes.size()).boxed().toArray(Integer[]::new);
            Arrays.sort(order, (x, y) -> codes.get(x).compareTo(codes.get(y)));
            String[] c = new String[order.length];
            byte[] k = new byte[order.length];
            boolean[] f = new boolean[order.length];
            for (int i = 0; i < order.length; i++) {
                c[i] = codes.get(order[i]);
                k[i] = (byte) classes.get(order[i]).ordinal();
                f[i] = key.get(order[i]);
            }
            return new Pool(c, k, f);
        }
    }

    record StratumCount(int inPool, BigDecimal ratio, int drawn) {
    }

    /** The drawn codes (sorted), counts per class (key supervision apart) and the selection hash. */
    record Selection(List<String> codes, Map<CreditRiskClass, StratumCount> strata, int keySupervision, String hash) {
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
            try {
                MessageDigest i = (MessageDigest) inner.clone();
                byte[] innerHash = i.digest(message.getBytes(StandardCharsets.UTF_8));
                MessageDigest o = (MessageDigest) outer.clone();
                byte[] h = o.digest(innerHash);
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

    static Selection draw(String seed, Pool pool, Ratios ratios) {
        if (seed == null || !seed.matches("[0-9a-f]{64}")) {
            throw new cn.yingshang.shared.DomainViolation("seed", "种子须为64位十六进制小写字符");
        }
        int n = pool.size();
        boolean[] chosen = new boolean[n];
        int keyCount = 0;
        int[] inClass = new int[4];
        for (int i = 0; i < n; i++) {
            if (pool.key[i]) {
                chosen[i] = true;
                keyCount++;
            } else {
                inClass[pool.classes[i]]++;
            }
        }
        // Only classes that are drawn partly need a ranking (a ratio of 0 % or 100 % needs none).
        boolean[] ranked = new boolean[4];
        for (CreditRiskClass c : CreditRiskClass.values()) {
            long k = (inClass[c.ordinal()] * ratios.basisPoints(c) + 9_999) / 10_000;
            ranked[c.ordinal()] = k > 0 && k < inClass[c.ordinal()];
        }
        long[] scores = new long[n];
        // Scores are independent per entity: two cores halve the time; each thread has its own HMAC.
        ThreadLocal<Hmac> macs = ThreadLocal.withInitial(() -> new Hmac(seed));
        IntStream.range(0, n).parallel().forEach(i -> {
            if (!pool.key[i] && ranked[pool.classes[i]]) {
                scores[i] = macs.get().score(pool.codes[i]) ^ Long.MIN_VALUE;
            }
        });
        // (xor with MIN_VALUE turns unsigned order into signed order, so plain sorts and < work)
        Map<CreditRiskClass, StratumCount> strata = new EnumMap<>(CreditRiskClass.class);
        for (CreditRiskClass c : CreditRiskClass.values()) {
            int count = inClass[c.ordinal()];
            int k = (int) Math.min(count, (count * ratios.basisPoints(c) + 9_999) / 10_000);
            strata.put(c, new StratumCount(count, ratios.of(c), k));
            if (k == 0) {
                continue;
            }
            if (k == count) {
                for (int i = 0; i < n; i++) {
                    if (!pool.key[i] && pool.classes[i] == c.ordinal()) {
                        chosen[i] = true;
                    }
                }
                continue;
            }
            long[] classScores = new long[count];
            int j = 0;
            for (int i = 0; i < n; i++) {
                if (!pool.key[i] && pool.classes[i] == c.ordinal()) {
                    classScores[j++] = scores[i];
                }
            }
            Arrays.parallelSort(classScores);
            long threshold = classScores[k - 1];
            int below = 0;
            for (int x = 0; x < k; x++) {
                if (classScores[x] < threshold) {
                    below++;
                }
            }
            int tiesWanted = k - below;  // equal scores: the lower credit codes first (pool is in code order)
            for (int i = 0; i < n; i++) {
                if (!pool.key[i] && pool.classes[i] == c.ordinal()) {
                    if (scores[i] < threshold) {
                        chosen[i] = true;
                    } else if (scores[i] == threshold && tiesWanted > 0) {
                        chosen[i] = true;
                        tiesWanted--;
                    }
                }
            }
        }
        List<String> codes = new ArrayList<>();
        StringBuilder text = new StringBuilder();
        for (int i = 0; i < n; i++) {
            if (chosen[i]) {
                codes.add(pool.codes[i]);
                text.append(pool.codes[i]).append('\n');
            }
        }
        return new Selection(List.copyOf(codes), strata, keyCount, sha256(text.toString().getBytes(StandardCharsets.UTF_8)));
    }
}
