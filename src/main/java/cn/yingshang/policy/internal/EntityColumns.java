package cn.yingshang.policy.internal;

import cn.yingshang.registry.EntityKind;
import cn.yingshang.shared.CreditRiskClass;
import cn.yingshang.shared.EnterpriseSize;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Every entity as columns (one primitive array per attribute, codes dictionary-encoded) with a
 * bitmap index per region, industry, size and qualification value, so a rule's equality and
 * prefix conditions select candidates without looking at the other entities. Not thread-safe for
 * writes: the owner serialises updates; reads during a full match see a stable table.
 */
@cn.yingshang.shared.DomainType
public final class EntityColumns {

    static final int UNKNOWN = -1;
    private static final int[] NO_LABELS = new int[0];

    final Dictionary regions = new Dictionary();
    final Dictionary industries = new Dictionary();
    final Dictionary labels = new Dictionary();

    private final Map<String, Integer> rowByCode = new HashMap<>();
    private int rows;
    String[] codes = new String[1024];
    int[] region = new int[1024];
    int[] industry = new int[1024];
    byte[] size = new byte[1024];
    byte[] kind = new byte[1024];
    /** yyyymmdd, 0 when unknown. */
    int[] established = new int[1024];
    int[] headcount = new int[1024];
    double[] revenue = new double[1024];
    double[] assets = new double[1024];
    int[][] qualifications = new int[1024][];
    int[][] tags = new int[1024][];
    byte[] creditClass = new byte[1024];
    byte[] dishonest = new byte[1024];
    boolean[] excludedFromAutoGrant = new boolean[1024];
    final Bits active = new Bits();

    final Map<Integer, Bits> byRegion = new HashMap<>();
    final Map<Integer, Bits> byIndustry = new HashMap<>();
    final Bits[] bySize = {new Bits(), new Bits(), new Bits(), new Bits()};
    final Map<Integer, Bits> byQualification = new HashMap<>();
    final Map<Integer, Bits> byTag = new HashMap<>();
    final Bits[] byKind = {new Bits(), new Bits(), new Bits()};
    final Bits[] byCreditClass = {new Bits(), new Bits(), new Bits(), new Bits()};
    /** Index 0: known not dishonest, 1: on a dishonesty list. */
    final Bits[] byDishonest = {new Bits(), new Bits()};
    final Bits excluded = new Bits();

    public int size() {
        return rows;
    }

    public String code(int row) {
        return codes[row];
    }

    public int rowOf(String code) {
        Integer row = rowByCode.get(code);
        return row == null ? UNKNOWN : row;
    }

    /** Adds the entity or replaces its values; returns its row. */
    public int put(String code, EntityFacts f) {
        Integer existing = rowByCode.get(code);
        int row;
        if (existing == null) {
            row = rows++;
            ensureCapacity(rows);
            rowByCode.put(code, row);
            codes[row] = code;
        } else {
            row = existing;
            unindex(row);
        }
        region[row] = f.region() == null ? UNKNOWN : regions.id(f.region());
        industry[row] = f.industry() == null ? UNKNOWN : industries.id(f.industry());
        size[row] = (byte) (f.size() == null ? UNKNOWN : EnterpriseSize.valueOf(f.size()).ordinal());
        kind[row] = (byte) (f.kind() == null ? UNKNOWN : EntityKind.valueOf(f.kind()).ordinal());
        LocalDate e = f.established();
        established[row] = e == null ? 0 : e.getYear() * 10000 + e.getMonthValue() * 100 + e.getDayOfMonth();
        headcount[row] = f.headcount() == null ? UNKNOWN : f.headcount();
        revenue[row] = f.revenue() == null ? Double.NaN : f.revenue();
        assets[row] = f.assets() == null ? Double.NaN : f.assets();
        qualifications[row] = labelIds(f.qualifications());
        tags[row] = labelIds(f.tags());
        setCredit(row, f.creditClass(), f.dishonest(), excludedFromAutoGrant[row]);
        active.set(row, f.active());
        index(row);
        return row;
    }

    public void setCredit(int row, String creditClassName, Boolean isDishonest, boolean excluded) {
        if (creditClass[row] >= 0) {
            byCreditClass[creditClass[row]].set(row, false);
        }
        if (dishonest[row] >= 0) {
            byDishonest[dishonest[row]].set(row, false);
        }
        creditClass[row] = (byte) (creditClassName == null ? UNKNOWN : CreditRiskClass.valueOf(creditClassName).ordinal());
        dishonest[row] = (byte) (isDishonest == null ? UNKNOWN : isDishonest ? 1 : 0);
        excludedFromAutoGrant[row] = excluded;
        this.excluded.set(row, excluded);
        if (creditClass[row] >= 0) {
            byCreditClass[creditClass[row]].set(row, true);
        }
        if (dishonest[row] >= 0) {
            byDishonest[dishonest[row]].set(row, true);
        }
    }

    private int[] labelIds(Set<String> values) {
        if (values == null || values.isEmpty()) {
            return NO_LABELS;
        }
        int[] ids = new int[values.size()];
        int i = 0;
        for (String v : values) {
            ids[i++] = labels.id(v);
        }
        return ids;
    }

    private void index(int row) {
        if (region[row] != UNKNOWN) {
            byRegion.computeIfAbsent(region[row], k -> new Bits()).set(row, true);
        }
        if (industry[row] != UNKNOWN) {
            byIndustry.computeIfAbsent(industry[row], k -> new Bits()).set(row, true);
        }
        if (size[row] != UNKNOWN) {
            bySize[size[row]].set(row, true);
        }
        for (int q : qualifications[row]) {
            byQualification.computeIfAbsent(q, k -> new Bits()).set(row, true);
        }
        for (int q : tags[row]) {
            byTag.computeIfAbsent(q, k -> new Bits()).set(row, true);
        }
        if (kind[row] >= 0) {
            byKind[kind[row]].set(row, true);
        }
    }

    private void unindex(int row) {
        if (region[row] != UNKNOWN) {
            byRegion.get(region[row]).set(row, false);
        }
        if (industry[row] != UNKNOWN) {
            byIndustry.get(industry[row]).set(row, false);
        }
        if (size[row] != UNKNOWN) {
            bySize[size[row]].set(row, false);
        }
        for (int q : qualifications[row]) {
            byQualification.get(q).set(row, false);
        }
        for (int q : tags[row]) {
            byTag.get(q).set(row, false);
        }
        if (kind[row] >= 0) {
            byKind[kind[row]].set(row, false);
        }
    }

    private void ensureCapacity(int n) {
        if (n <= codes.length) {
            return;
        }
        int c = Math.max(n, codes.length * 2);
        codes = Arrays.copyOf(codes, c);
        region = Arrays.copyOf(region, c);
        industry = Arrays.copyOf(industry, c);
        size = Arrays.copyOf(size, c);
        kind = Arrays.copyOf(kind, c);
        established = Arrays.copyOf(established, c);
        headcount = Arrays.copyOf(headcount, c);
        revenue = Arrays.copyOf(revenue, c);
        assets = Arrays.copyOf(assets, c);
        qualifications = Arrays.copyOf(qualifications, c);
        tags = Arrays.copyOf(tags, c);
        creditClass = Arrays.copyOf(creditClass, c);
        dishonest = Arrays.copyOf(dishonest, c);
        excludedFromAutoGrant = Arrays.copyOf(excludedFromAutoGrant, c);
    }

    /** Code strings encoded as small ints, in order of first sight. */
    static final class Dictionary {
        private final Map<String, Integer> ids = new HashMap<>();
        private final List<String> values = new ArrayList<>();

        int id(String value) {
            Integer id = ids.get(value);
            if (id == null) {
                id = values.size();
                ids.put(value, id);
                values.add(value);
            }
            return id;
        }

        int find(String value) {
            Integer id = ids.get(value);
            return id == null ? UNKNOWN : id;
        }

        String value(int id) {
            return values.get(id);
        }

        int size() {
            return values.size();
        }
    }

    /** A growable bitmap over rows. */
    static final class Bits {
        long[] words = new long[16];

        void set(int row, boolean on) {
            int w = row >>> 6;
            if (w >= words.length) {
                if (!on) {
                    return;
                }
                words = Arrays.copyOf(words, Math.max(w + 1, words.length * 2));
            }
            if (on) {
                words[w] |= 1L << row;
            } else {
                words[w] &= ~(1L << row);
            }
        }

        boolean get(int row) {
            int w = row >>> 6;
            return w < words.length && (words[w] & (1L << row)) != 0;
        }
    }
}
