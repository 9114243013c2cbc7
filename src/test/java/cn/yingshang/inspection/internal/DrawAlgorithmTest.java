package cn.yingshang.inspection.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cn.yingshang.shared.CreditRiskClass;
import cn.yingshang.shared.DomainViolation;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** The published draw algorithm: pure functions, no platform needed. */
class DrawAlgorithmTest {

    private static final String SEED = "9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08";

    static DrawAlgorithm.Ratios ratios(double a, double b, double c, double d) {
        return new DrawAlgorithm.Ratios(BigDecimal.valueOf(a), BigDecimal.valueOf(b), BigDecimal.valueOf(c), BigDecimal.valueOf(d));
    }

    static String code(int i) {
        return String.format("91650102%09d", i) + "X";
    }

    static DrawAlgorithm.Pool pool(int a, int b, int c, int d, int key) {
        List<String> codes = new ArrayList<>();
        List<CreditRiskClass> classes = new ArrayList<>();
        List<Boolean> keys = new ArrayList<>();
        int n = 0;
        int[] counts = {a, b, c, d};
        for (CreditRiskClass rc : CreditRiskClass.values()) {
            for (int i = 0; i < counts[rc.ordinal()]; i++) {
                codes.add(code(n++));
                classes.add(rc);
                keys.add(false);
            }
        }
        for (int i = 0; i < key; i++) {
            codes.add(code(n++));
            classes.add(CreditRiskClass.A);
            keys.add(true);
        }
        return DrawAlgorithm.Pool.of(codes, classes, keys);
    }

    @Test
    @DisplayName("000 §51: the commitment and the scores are what sha256sum and openssl compute from the revealed seed")
    void publishedAlgorithmMatchesStandardTools() {
        // printf %s SEED | sha256sum ; printf %s 91650102MA78G0XY1C | openssl dgst -sha256 -hmac SEED
        assertThat(DrawAlgorithm.commitment(SEED)).isEqualTo("7b3d979ca8330a94fa7e9e1b466d8b99e0bcdea1ec90596c0dcc8d7ef6b4300c");
        long score = DrawAlgorithm.score(DrawAlgorithm.hmac(SEED), "91650102MA78G0XY1C");
        assertThat(String.format("%016x", score)).isEqualTo("a553b9f3122c18cc");
    }

    @Test
    @DisplayName("the fast HMAC (pads absorbed once) gives exactly the standard HMAC-SHA256 scores")
    void fastHmacIsStandardHmac() {
        DrawAlgorithm.Hmac fast = new DrawAlgorithm.Hmac(SEED);
        javax.crypto.Mac standard = DrawAlgorithm.hmac(SEED);
        for (int i = 0; i < 1000; i++) {
            assertThat(fast.score(code(i))).isEqualTo(DrawAlgorithm.score(standard, code(i)));
        }
    }

    @Test
    @DisplayName("000 §51: the same seed and frozen pool always give the same selection; the revealed seed recomputes it")
    void reproducibleFromRevealedSeed() {
        DrawAlgorithm.Pool pool = pool(100, 400, 50, 10, 5);
        DrawAlgorithm.Selection first = DrawAlgorithm.draw(SEED, pool, ratios(5, 20, 60, 100));
        DrawAlgorithm.Pool reparsed = DrawAlgorithm.Pool.parse(pool.canonical());
        DrawAlgorithm.Selection again = DrawAlgorithm.draw(SEED, reparsed, ratios(5, 20, 60, 100));
        assertThat(again.codes()).isEqualTo(first.codes());
        assertThat(again.hash()).isEqualTo(first.hash());
        assertThat(DrawAlgorithm.sha256(reparsed.canonical())).isEqualTo(DrawAlgorithm.sha256(pool.canonical()));
        DrawAlgorithm.Selection other = DrawAlgorithm.draw(DrawAlgorithm.commitment("another"), pool, ratios(5, 20, 60, 100));
        assertThat(other.codes()).hasSameSizeAs(first.codes()).isNotEqualTo(first.codes());
    }

    @Test
    @DisplayName("004 #32: ratios differ by credit risk class (k = ceil(n × ratio)); key supervision is covered fully (000 §52)")
    void ratiosPerClassAndKeySupervision() {
        DrawAlgorithm.Pool pool = pool(101, 400, 50, 10, 7);
        DrawAlgorithm.Selection s = DrawAlgorithm.draw(SEED, pool, ratios(5, 20, 60, 100));
        assertThat(s.strata().get(CreditRiskClass.A).drawn()).isEqualTo(6);   // ceil(101 × 5 %)
        assertThat(s.strata().get(CreditRiskClass.B).drawn()).isEqualTo(80);
        assertThat(s.strata().get(CreditRiskClass.C).drawn()).isEqualTo(30);
        assertThat(s.strata().get(CreditRiskClass.D).drawn()).isEqualTo(10);
        assertThat(s.keySupervision()).isEqualTo(7);
        assertThat(s.codes()).hasSize(6 + 80 + 30 + 10 + 7);
        for (int i = 0; i < pool.size(); i++) {
            if (pool.key(i)) {
                assertThat(s.codes()).contains(pool.code(i));
            }
        }
    }

    @Test
    @DisplayName("000 §51: every entity of a class is equally likely to be drawn (chi-square over 4,000 draws, p > 0.001)")
    void uniformity() {
        int n = 200;
        int k = 20;
        int draws = 4000;
        DrawAlgorithm.Pool pool = pool(0, n, 0, 0, 0);
        int[] hits = new int[n];
        java.util.Map<String, Integer> index = new java.util.HashMap<>();
        for (int i = 0; i < n; i++) {
            index.put(pool.code(i), i);
        }
        for (int d = 0; d < draws; d++) {
            String seed = DrawAlgorithm.sha256(("uniformity-" + d).getBytes(StandardCharsets.UTF_8));
            DrawAlgorithm.Selection s = DrawAlgorithm.draw(seed, pool, ratios(0, 10, 0, 0));
            assertThat(s.codes()).hasSize(k);
            s.codes().forEach(c -> hits[index.get(c)]++);
        }
        double expected = (double) draws * k / n;
        double chiSquare = 0;
        for (int h : hits) {
            chiSquare += (h - expected) * (h - expected) / expected;
        }
        // df = 199: the 0.999 quantile of chi-square(199) is about 263.0
        assertThat(chiSquare).isLessThan(263.0);
        // and not suspiciously perfect either (0.001 quantile is about 144.0)
        assertThat(chiSquare).isGreaterThan(144.0);
    }

    /** The published definition taken literally: rank each class by (score, code), take the first k. */
    static List<String> byFullRanking(String seed, DrawAlgorithm.Pool pool, DrawAlgorithm.Ratios ratios) {
        javax.crypto.Mac mac = DrawAlgorithm.hmac(seed);
        List<String> chosen = new ArrayList<>();
        for (CreditRiskClass c : CreditRiskClass.values()) {
            List<String> stratum = new ArrayList<>();
            for (int i = 0; i < pool.size(); i++) {
                if (pool.key(i) && c == CreditRiskClass.A) {
                    chosen.add(pool.code(i));
                } else if (!pool.key(i) && pool.riskClass(i) == c) {
                    stratum.add(pool.code(i));
                }
            }
            java.util.Map<String, Long> score = new java.util.HashMap<>();
            stratum.forEach(code -> score.put(code, DrawAlgorithm.score(mac, code)));
            stratum.sort((x, y) -> {
                int byScore = Long.compareUnsigned(score.get(x), score.get(y));
                return byScore != 0 ? byScore : x.compareTo(y);
            });
            long k = (stratum.size() * ratios.basisPoints(c) + 9_999) / 10_000;
            chosen.addAll(stratum.subList(0, (int) Math.min(k, stratum.size())));
        }
        chosen.sort(null);
        return chosen;
    }

    @Test
    @DisplayName("000 §51: the fast selection (histogram of leading score bits, both cores) equals a full ranking of every class")
    void fastSelectionEqualsFullRanking() {
        DrawAlgorithm.Pool small = pool(37, 211, 19, 3, 4);
        DrawAlgorithm.Pool large = pool(12_000, 60_000, 6_000, 1_500, 300);  // large enough to be scored on every core
        for (DrawAlgorithm.Pool pool : List.of(small, large)) {
            for (DrawAlgorithm.Ratios r : List.of(ratios(5, 20, 60, 100), ratios(0.01, 3.33, 99.99, 0), ratios(100, 0, 50, 1))) {
                for (int s = 0; s < 3; s++) {
                    String seed = DrawAlgorithm.sha256(("full-ranking-" + s).getBytes(StandardCharsets.UTF_8));
                    DrawAlgorithm.Selection fast = DrawAlgorithm.draw(seed, pool, r);
                    List<String> expected = byFullRanking(seed, pool, r);
                    assertThat(fast.codes()).isEqualTo(expected);
                    String text = String.join("\n", expected) + (expected.isEmpty() ? "" : "\n");
                    assertThat(fast.hash()).isEqualTo(DrawAlgorithm.sha256(text.getBytes(StandardCharsets.US_ASCII)));
                }
            }
        }
    }

    @Test
    @DisplayName("a pool file that is malformed, unsorted or repeats a code is refused with the line number")
    void malformedPoolRefused() {
        String a = code(1) + ",B,-\n";
        String b = code(2) + ",C,K\n";
        assertThat(DrawAlgorithm.Pool.parse((a + b).getBytes(StandardCharsets.US_ASCII)).size()).isEqualTo(2);
        for (String bad : List.of(b + a, a + a, a + code(2) + ",E,-\n", a + code(2) + ",B,x\n", a + code(2) + ",B,-", a + code(2).toLowerCase() + ",B,-\n")) {
            assertThatThrownBy(() -> DrawAlgorithm.Pool.parse(bad.getBytes(StandardCharsets.US_ASCII)))
                    .isInstanceOf(DomainViolation.class).hasMessageContaining("对象库文件");
        }
    }

    @Test
    @DisplayName("entries read in storage order are frozen in credit-code order")
    void builderSortsByCode() {
        DrawAlgorithm.Pool pool = DrawAlgorithm.Pool.of(List.of(code(3), code(1), code(2)),
                List.of(CreditRiskClass.A, CreditRiskClass.D, CreditRiskClass.B), List.of(false, true, false));
        assertThat(new String(pool.canonical(), StandardCharsets.US_ASCII))
                .isEqualTo(code(1) + ",D,K\n" + code(2) + ",B,-\n" + code(3) + ",A,-\n");
    }

    @Test
    @DisplayName("a large pool read in random order is frozen exactly in credit-code order")
    void builderSortsLargePools() {
        java.util.Random random = new java.util.Random(7);
        String alphabet = "0123456789ABCDEFGHJKLMNPQRTUWXY";
        List<String> codes = new ArrayList<>();
        for (int i = 0; i < 50_000; i++) {
            StringBuilder code = new StringBuilder(i % 3 == 0 ? "91650102" : "9" + (char) ('1' + random.nextInt(3)) + "6501");
            while (code.length() < 18) {
                code.append(alphabet.charAt(random.nextInt(alphabet.length())));
            }
            codes.add(code.toString());
        }
        List<String> unique = new ArrayList<>(new java.util.LinkedHashSet<>(codes));
        DrawAlgorithm.Pool pool = DrawAlgorithm.Pool.of(unique, java.util.Collections.nCopies(unique.size(), CreditRiskClass.C),
                java.util.Collections.nCopies(unique.size(), false));
        List<String> frozen = new ArrayList<>();
        for (int i = 0; i < pool.size(); i++) {
            frozen.add(pool.code(i));
        }
        assertThat(frozen).isEqualTo(unique.stream().sorted().toList());
        assertThat(DrawAlgorithm.Pool.parse(pool.canonical()).size()).isEqualTo(unique.size());
    }

    @Test
    @DisplayName("a seed that is not 64 hex characters is refused")
    void badSeed() {
        assertThatThrownBy(() -> DrawAlgorithm.draw("xyz", pool(1, 1, 1, 1, 0), ratios(5, 20, 60, 100)))
                .isInstanceOf(DomainViolation.class);
    }

    @Test
    @DisplayName("000 §56: an inspector linked to the entity is never drawn; each visit gets ≥ 2 inspectors, one per department covered")
    void inspectorsHonourRecusalAndDepartments() {
        List<InspectorDraw.Candidate> pool = List.of(
                new InspectorDraw.Candidate(1, "C1", "甲", 10, "650100"),
                new InspectorDraw.Candidate(2, "C2", "乙", 10, "650100"),
                new InspectorDraw.Candidate(3, "C3", "丙", 10, "650100"),
                new InspectorDraw.Candidate(4, "C4", "丁", 20, "650100"),
                new InspectorDraw.Candidate(5, "C5", "戊", 20, "650200"));
        Set<Long> seen = new HashSet<>();
        for (int i = 0; i < 200; i++) {
            String seed = DrawAlgorithm.sha256(("inspectors-" + i).getBytes(StandardCharsets.UTF_8));
            List<InspectorDraw.Candidate> chosen = InspectorDraw.assign(new DrawAlgorithm.Hmac(seed), code(i), "主体", "650102",
                    Set.of(10L, 20L), pool, Set.of(1L));
            assertThat(chosen).hasSizeGreaterThanOrEqualTo(2);
            assertThat(chosen).extracting(InspectorDraw.Candidate::accountId).doesNotContain(1L, 5L); // recused; wrong region
            assertThat(chosen).extracting(InspectorDraw.Candidate::departmentId).contains(10L, 20L);
            chosen.forEach(c -> seen.add(c.accountId()));
        }
        assertThat(seen).containsExactlyInAnyOrder(2L, 3L, 4L);
        assertThatThrownBy(() -> InspectorDraw.assign(new DrawAlgorithm.Hmac(SEED), code(1), "主体", "650102", Set.of(10L), pool,
                Set.of(1L, 2L))).isInstanceOf(DomainViolation.class).hasMessageContaining("不足2名");
    }
}
