package cn.yingshang.shared;

import java.util.Optional;

/**
 * 国民经济行业分类代码 (GB/T 4754-2017): a section letter followed by 0, 2, 3 or 4 digits —
 * {@code C} (门类), {@code C13} (大类), {@code C131} (中类), {@code C1311} (小类). The section
 * and the division must exist and fit together; groups and classes are accepted under a known
 * division, since the catalogue lists only the groups the platform's rules name.
 *
 * <p>Registers and statistics often write the digits without the letter ({@code 1311}); the
 * letter is then supplied, because every division belongs to exactly one section.
 */
public record IndustryCode(String code) {

    public IndustryCode {
        code = canonical(code);
    }

    /** Throws {@link DomainViolation} with the reason in Chinese. */
    public static IndustryCode of(String code) {
        return new IndustryCode(code);
    }

    public char section() {
        return code.charAt(0);
    }

    /** The two digits of the division (大类), empty for a section. */
    public Optional<String> division() {
        return code.length() >= 3 ? Optional.of(code.substring(1, 3)) : Optional.empty();
    }

    /** The three digits of the group (中类), empty above that level. */
    public Optional<String> group() {
        return code.length() >= 4 ? Optional.of(code.substring(1, 4)) : Optional.empty();
    }

    public IndustryLevel level() {
        return IndustryLevel.ofDigits(code.length() - 1);
    }

    /** The level above, empty for a section. */
    public Optional<IndustryCode> parent() {
        return switch (level()) {
            case SECTION -> Optional.empty();
            case DIVISION -> Optional.of(new IndustryCode(code.substring(0, 1)));
            default -> Optional.of(new IndustryCode(code.substring(0, code.length() - 1)));
        };
    }

    /** The name of this code, or of the deepest level above it that the catalogue lists. */
    public String name() {
        for (int length = code.length(); ; length--) {
            String name = IndustryTable.name(code.substring(0, length));
            if (name != null) {
                return name;
            }
        }
    }

    public String sectionName() {
        return IndustryTable.name(code.substring(0, 1));
    }

    /** Whether this code is {@code ancestor} or lies below it ({@code C1311} is within {@code C13} and {@code C}). */
    public boolean isWithin(IndustryCode ancestor) {
        return code.startsWith(ancestor.code);
    }

    @Override
    public String toString() {
        return code;
    }

    private static String canonical(String raw) {
        String code = CodeText.normalise(raw);
        if (code == null || code.isEmpty()) {
            throw DomainViolation.of("industryCode", "industry-code.required");
        }
        if (code.length() >= 2 && code.length() <= 4 && allDigits(code, 0)) {
            char section = IndustryTable.sectionOfDivision(code);
            if (section == 0) {
                throw DomainViolation.of("industryCode", "industry-code.division.unknown", code.substring(0, 2));
            }
            return section + code;
        }
        char section = code.charAt(0);
        int digits = code.length() - 1;
        if (section < 'A' || section > 'Z' || digits == 1 || digits > 4 || !allDigits(code, 1)) {
            throw DomainViolation.of("industryCode", "industry-code.shape", code);
        }
        if (!IndustryTable.hasSection(section)) {
            throw DomainViolation.of("industryCode", "industry-code.section.unknown", String.valueOf(section));
        }
        if (digits >= 2) {
            String division = code.substring(1, 3);
            char owner = IndustryTable.sectionOfDivision(division);
            if (owner == 0) {
                throw DomainViolation.of("industryCode", "industry-code.division.unknown", division);
            }
            if (owner != section) {
                throw DomainViolation.of("industryCode", "industry-code.division.other-section", division,
                        String.valueOf(section), IndustryTable.name(String.valueOf(section)),
                        String.valueOf(owner), IndustryTable.name(String.valueOf(owner)));
            }
        }
        return code;
    }

    private static boolean allDigits(String s, int from) {
        for (int i = from; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c < '0' || c > '9') {
                return false;
            }
        }
        return true;
    }
}
