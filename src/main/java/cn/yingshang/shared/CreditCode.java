package cn.yingshang.shared;

/**
 * 统一社会信用代码 (GB 32100-2015): registration authority (1) + organisation category (1) +
 * region of the registering authority (6, GB/T 2260) + organisation identifier (9, GB 11714)
 * + check character (1). The constructor normalises what people paste (full-width, lower case,
 * blanks) and refuses anything else, so every instance is a valid code.
 *
 * <p>The region part is where the code was issued, which may be outside Xinjiang or a code
 * since retired (652101 for 吐鲁番), so it is a plain string here, not a {@link RegionCode}.
 *
 * <p>In JSON (events on the broker, stored event publications, audit entries) it is the plain code string.
 */
public record CreditCode(@com.fasterxml.jackson.annotation.JsonValue String value) {

    /** Characters the standard allows, in the order of their values 0–30 (no I, O, S, V, Z). */
    private static final String ALPHABET = "0123456789ABCDEFGHJKLMNPQRTUWXY";
    /** 3^(i−1) mod 31 for positions 1–17 (GB 32100-2015, 5.2). */
    private static final int[] WEIGHTS = {1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28};
    private static final int MODULUS = 31;
    private static final int LENGTH = 18;
    private static final String BUNDLE = "i18n/messages";
    private static final int[] VALUE_OF = new int[128];

    static {
        java.util.Arrays.fill(VALUE_OF, -1);
        for (int i = 0; i < ALPHABET.length(); i++) {
            VALUE_OF[ALPHABET.charAt(i)] = i;
        }
    }

    public CreditCode {
        value = CodeText.normalise(value);
        String reason = problemWith(value);
        if (reason != null) {
            throw new DomainViolation("creditCode", reason);
        }
    }

    /** The code for what a person typed or pasted; throws {@link DomainViolation} with the reason in Chinese. */
    /**
     * The code a stored record holds, or null when it holds none or one that is not a valid code (a person
     * applying without a unified social credit code): for events that name the enterprise when there is one.
     */
    public static CreditCode validOrNull(String stored) {
        return stored != null && check(stored).valid() ? of(stored) : null;
    }

    @com.fasterxml.jackson.annotation.JsonCreator
    public static CreditCode of(String raw) {
        return new CreditCode(raw);
    }

    /** Checks without throwing, for imports and forms that list every problem. */
    public static Check check(String raw) {
        String code = CodeText.normalise(raw);
        String reason = problemWith(code);
        if (reason == null) {
            return new Check(code, true, null, code.charAt(LENGTH - 1));
        }
        Character expected = firstSeventeenUsable(code) ? checkCharacterOf(code) : null;
        return new Check(code, false, reason, expected);
    }

    /** The check character for the first 17 characters of a code. */
    public static char checkCharacter(String first17) {
        String body = CodeText.normalise(first17);
        if (body == null || body.length() != LENGTH - 1) {
            throw DomainViolation.of("creditCode", "credit-code.first17.length", body == null ? 0 : body.length());
        }
        String reason = illegalCharacter(body, LENGTH - 1);
        if (reason != null) {
            throw new DomainViolation("creditCode", reason);
        }
        return checkCharacterOf(body);
    }

    /** A valid code made of the first 17 characters and their check character (demo data, tests). */
    public static CreditCode compose(String first17) {
        return new CreditCode(first17 + checkCharacter(first17));
    }

    /** 登记管理部门码: 1 机构编制, 5 民政, 9 市场监管 (工商), Y 其他, among others. */
    public char registrationAuthority() {
        return value.charAt(0);
    }

    /** 机构类别码, read together with the authority: 91 企业, 92 个体工商户, 93 农民专业合作社. */
    public char category() {
        return value.charAt(1);
    }

    /** 登记管理机关行政区划码: the six digits of the region where the code was issued. */
    public String regionCode() {
        return value.substring(2, 8);
    }

    /** 主体标识码: the nine-character organisation identifier (组织机构代码). */
    public String organisationIdentifier() {
        return value.substring(8, 17);
    }

    @Override
    public String toString() {
        return value;
    }

    /** The outcome of {@link #check(String)}: {@code reason} is null when valid. */
    public record Check(String code, boolean valid, String reason, Character expectedCheckCharacter) {
    }

    private static String problemWith(String code) {
        if (code == null || code.isEmpty()) {
            return ChineseBundle.text(BUNDLE, "credit-code.required");
        }
        if (code.length() != LENGTH) {
            return ChineseBundle.text(BUNDLE, "credit-code.length", code.length());
        }
        String illegal = illegalCharacter(code, LENGTH);
        if (illegal != null) {
            return illegal;
        }
        for (int i = 2; i < 8; i++) {
            char c = code.charAt(i);
            if (c < '0' || c > '9') {
                return ChineseBundle.text(BUNDLE, "credit-code.region.digit", i + 1, String.valueOf(c));
            }
        }
        char expected = checkCharacterOf(code);
        char actual = code.charAt(LENGTH - 1);
        if (expected != actual) {
            return ChineseBundle.text(BUNDLE, "credit-code.check-character", String.valueOf(expected), String.valueOf(actual));
        }
        return null;
    }

    private static String illegalCharacter(String code, int length) {
        for (int i = 0; i < length; i++) {
            char c = code.charAt(i);
            if (c >= VALUE_OF.length || VALUE_OF[c] < 0) {
                return ChineseBundle.text(BUNDLE, "credit-code.illegal-character", String.valueOf(c), i + 1);
            }
        }
        return null;
    }

    private static boolean firstSeventeenUsable(String code) {
        return code != null && code.length() == LENGTH && illegalCharacter(code, LENGTH - 1) == null;
    }

    /** GB 32100-2015, 5.2: C18 = 31 − (Σ Ci × Wi mod 31), with 31 written as 0. */
    private static char checkCharacterOf(String code) {
        int sum = 0;
        for (int i = 0; i < LENGTH - 1; i++) {
            sum += VALUE_OF[code.charAt(i)] * WEIGHTS[i];
        }
        return ALPHABET.charAt((MODULUS - sum % MODULUS) % MODULUS);
    }
}
