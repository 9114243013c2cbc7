package cn.yingshang.shared;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The rows of {@code reference/industries.csv}, read once, and which section each two-digit
 * division belongs to. Kept apart from {@link Industries} so that {@link IndustryCode} can
 * validate itself while the catalogue is still being built.
 */
final class IndustryTable {

    static final String RESOURCE = "reference/industries.csv";
    private static final int DIVISIONS = 100;

    private static final Map<String, String> NAMES = new LinkedHashMap<>();
    /** Section letter of each division 01–97, indexed by its number; 0 where there is none. */
    private static final char[] SECTION_OF_DIVISION = new char[DIVISIONS];

    static {
        for (String[] f : ReferenceCsv.rows(RESOURCE, 2)) {
            String code = f[0];
            if (NAMES.put(code, f[1]) != null) {
                throw new IllegalStateException(RESOURCE + ": duplicate code " + code);
            }
            if (code.length() == 3) {
                SECTION_OF_DIVISION[Integer.parseInt(code.substring(1))] = code.charAt(0);
            }
        }
    }

    private IndustryTable() {
    }

    /** The name for an exact code such as {@code C13}, or null when the table does not list it. */
    static String name(String code) {
        return NAMES.get(code);
    }

    static boolean hasSection(char letter) {
        return NAMES.containsKey(String.valueOf(letter));
    }

    /** The section letter of a division given as its two digits, or 0 when no such division exists. */
    static char sectionOfDivision(String twoDigits) {
        int number = (twoDigits.charAt(0) - '0') * 10 + (twoDigits.charAt(1) - '0');
        return SECTION_OF_DIVISION[number];
    }

    static Iterable<String> codes() {
        return Collections.unmodifiableSet(NAMES.keySet());
    }
}
