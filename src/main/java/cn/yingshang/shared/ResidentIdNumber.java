package cn.yingshang.shared;

import java.time.DateTimeException;
import java.time.LocalDate;

/**
 * 公民身份号码 (GB 11643-1999): address code (6) + date of birth (8) + sequence (3, odd for men)
 * + check character (1). Personal information: {@link #toString()} masks it so that it never
 * reaches a log in full; use {@link #value()} only where the full number is needed.
 *
 * <p>Whether the birth date lies in the future is not checked here: domain code never reads
 * the clock. The address code is not checked against GB/T 2260 either, since it is where the
 * number was first issued, anywhere in the country and possibly long retired.
 */
public record ResidentIdNumber(String value) {

    private static final int LENGTH = 18;
    private static final String BUNDLE = "i18n/messages";
    /** 2^(18−i) mod 11 for positions 1–17 (GB 11643-1999, 7.1). */
    private static final int[] WEIGHTS = {7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2};
    /** Check character for Σ mod 11 = 0…10. */
    private static final String CHECK_CHARACTERS = "10X98765432";
    /** Only a guard against typos in the year: the standard's own example (440524188001010014) is born in 1880. */
    private static final int EARLIEST_BIRTH_YEAR = 1800;

    public ResidentIdNumber {
        value = CodeText.normalise(value);
        String reason = problemWith(value);
        if (reason != null) {
            throw new DomainViolation("idNumber", reason);
        }
    }

    /** The number for what a person typed; throws {@link DomainViolation} with the reason in Chinese. */
    public static ResidentIdNumber of(String raw) {
        return new ResidentIdNumber(raw);
    }

    /** Checks without throwing; the reason never repeats the number, which is personal information. */
    public static Check check(String raw) {
        String number = CodeText.normalise(raw);
        String reason = problemWith(number);
        if (reason == null) {
            return new Check(number, true, null, number.charAt(LENGTH - 1));
        }
        Character expected = firstSeventeenDigits(number) ? checkCharacterOf(number) : null;
        return new Check(number, false, reason, expected);
    }

    /** The check character for the first 17 digits. */
    public static char checkCharacter(String first17) {
        String body = CodeText.normalise(first17);
        if (body == null || body.length() != LENGTH - 1 || !allDigits(body, LENGTH - 1)) {
            throw DomainViolation.of("idNumber", "id-number.first17.digits");
        }
        return checkCharacterOf(body);
    }

    public LocalDate birthDate() {
        return birthDateOf(value);
    }

    /** 行政区划代码 of the place where the number was first issued. */
    public String regionCode() {
        return value.substring(0, 6);
    }

    /** First four and last four characters, e.g. {@code 6501**********123X}. */
    public String masked() {
        return value.substring(0, 4) + "**********" + value.substring(LENGTH - 4);
    }

    @Override
    public String toString() {
        return masked();
    }

    /** The outcome of {@link #check(String)}: {@code reason} is null when valid. */
    public record Check(String number, boolean valid, String reason, Character expectedCheckCharacter) {

        @Override
        public String toString() {
            return "Check[valid=" + valid + ", reason=" + reason + "]";
        }
    }

    private static String problemWith(String number) {
        if (number == null || number.isEmpty()) {
            return ChineseBundle.text(BUNDLE, "id-number.required");
        }
        if (number.length() != LENGTH) {
            return ChineseBundle.text(BUNDLE, "id-number.length", number.length());
        }
        for (int i = 0; i < LENGTH - 1; i++) {
            char c = number.charAt(i);
            if (c < '0' || c > '9') {
                return ChineseBundle.text(BUNDLE, "id-number.digit", i + 1, String.valueOf(c));
            }
        }
        char last = number.charAt(LENGTH - 1);
        if ((last < '0' || last > '9') && last != 'X') {
            return ChineseBundle.text(BUNDLE, "id-number.last", String.valueOf(last));
        }
        LocalDate birth = birthDateOf(number);
        if (birth == null || birth.getYear() < EARLIEST_BIRTH_YEAR) {
            return ChineseBundle.text(BUNDLE, "id-number.birth-date", number.substring(6, 14));
        }
        char expected = checkCharacterOf(number);
        if (expected != last) {
            return ChineseBundle.text(BUNDLE, "id-number.check-character", String.valueOf(expected), String.valueOf(last));
        }
        return null;
    }

    private static LocalDate birthDateOf(String number) {
        try {
            return LocalDate.of(digits(number, 6, 10), digits(number, 10, 12), digits(number, 12, 14));
        } catch (DateTimeException e) {
            return null;
        }
    }

    private static int digits(String s, int from, int to) {
        int n = 0;
        for (int i = from; i < to; i++) {
            n = n * 10 + (s.charAt(i) - '0');
        }
        return n;
    }

    private static boolean firstSeventeenDigits(String number) {
        return number != null && number.length() == LENGTH && allDigits(number, LENGTH - 1);
    }

    private static boolean allDigits(String s, int length) {
        for (int i = 0; i < length; i++) {
            char c = s.charAt(i);
            if (c < '0' || c > '9') {
                return false;
            }
        }
        return true;
    }

    /** GB 11643-1999, 7.1: Σ(ai × Wi) mod 11 indexes the check character table. */
    private static char checkCharacterOf(String number) {
        int sum = 0;
        for (int i = 0; i < LENGTH - 1; i++) {
            sum += (number.charAt(i) - '0') * WEIGHTS[i];
        }
        return CHECK_CHARACTERS.charAt(sum % 11);
    }
}
