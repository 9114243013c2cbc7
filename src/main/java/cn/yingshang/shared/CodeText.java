package cn.yingshang.shared;

/**
 * How codes typed or pasted by people are cleaned before they are checked: full-width
 * characters (common with Chinese input methods) become half-width, surrounding blanks go,
 * letters become upper case. Returns the same instance when nothing changes, because the
 * validators run millions of times during imports.
 */
final class CodeText {

    private static final char FULL_WIDTH_FIRST = (char) 0xFF01;
    private static final char FULL_WIDTH_LAST = (char) 0xFF5E;
    private static final int FULL_WIDTH_OFFSET = 0xFEE0;
    private static final char IDEOGRAPHIC_SPACE = (char) 0x3000;

    private CodeText() {
    }

    static String normalise(String raw) {
        if (raw == null) {
            return null;
        }
        int length = raw.length();
        boolean clean = length > 0 && !isBlank(raw.charAt(0)) && !isBlank(raw.charAt(length - 1));
        for (int i = 0; clean && i < length; i++) {
            char c = raw.charAt(i);
            clean = !(c >= 'a' && c <= 'z') && c < 0x80;
        }
        if (clean) {
            return raw;
        }
        StringBuilder out = new StringBuilder(length);
        for (int i = 0; i < length; i++) {
            char c = raw.charAt(i);
            if (c >= FULL_WIDTH_FIRST && c <= FULL_WIDTH_LAST) {
                c = (char) (c - FULL_WIDTH_OFFSET);
            } else if (c == IDEOGRAPHIC_SPACE) {
                c = ' ';
            }
            if (c >= 'a' && c <= 'z') {
                c = (char) (c - 'a' + 'A');
            }
            out.append(c);
        }
        return out.toString().strip();
    }

    private static boolean isBlank(char c) {
        return c <= ' ' || c == IDEOGRAPHIC_SPACE || Character.isWhitespace(c);
    }
}
