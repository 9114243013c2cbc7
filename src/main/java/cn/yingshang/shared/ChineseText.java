package cn.yingshang.shared;

/**
 * One canonical form of Chinese official text, so that rules and searches match however a drafter
 * typed it: full-width letters, digits and punctuation become half-width (，→, （→( ３→3), letters
 * lower case, all whitespace goes, and Chinese numerals in front of a unit become Arabic figures
 * (三年→3年, 五千万元→5000万元, 百分之十→10%, 第三日→第3日). Numerals that are part of a word stay
 * (统一, 一律, 三免三减半), because only numbers before a unit carry a quantity. The financial forms
 * of contracts and tender documents (伍佰万元, 贰亿元, 叁拾年) are read the same way.
 * Used by the review screener and the catalogue check; patterns are written against this form.
 */
public final class ChineseText {

    private static final String DIGITS = "零〇一二两三四五六七八九";
    private static final String UNITS = "年个家项元万亿名人次倍日天月级台套份周岁辆吨米层栋强分期届所座条折%";

    private ChineseText() {
    }

    public static String normalise(String text) {
        if (text == null) {
            return "";
        }
        StringBuilder out = new StringBuilder(text.length());
        int n = text.length();
        for (int i = 0; i < n; i++) {
            char c = text.charAt(i);
            if (c >= '\uFF01' && c <= '\uFF5E') {
                c = (char) (c - 0xFEE0);
            } else if (c == '\u3000' || Character.isWhitespace(c) || c == '\u00A0') {
                continue;
            } else if (c == '〔' || c == '【' || c == '［') {
                c = '[';
            } else if (c == '〕' || c == '】' || c == '］') {
                c = ']';
            }
            if (c >= 'A' && c <= 'Z') {
                c = (char) (c + 32);
            }
            if (isNumeral(c)) {
                int end = i;
                while (end < n && isNumeral(text.charAt(end))) {
                    end++;
                }
                int fraction = decimals(text, end);
                if (fraction > end + 1 && convertRun(text, i, end, out, true)) {
                    // 零点二五元 → 0.25元: the digits after 点 are read one by one
                    out.append('.');
                    for (int k = end + 1; k < fraction; k++) {
                        out.append(digit(plain(String.valueOf(text.charAt(k))).charAt(0)));
                    }
                    i = fraction - 1;
                    continue;
                }
                if (convertRun(text, i, end, out, false)) {
                    i = end - 1;
                    continue;
                }
                // not a quantity: copy the run as written
                out.append(text, i, end);
                i = end - 1;
                continue;
            }
            out.append(c);
        }
        return out.toString();
    }

    private static final String WORD_FORMERS = "统唯同划逐专单均";
    private static final String FINANCIAL = "壹贰貳叁參肆伍陆陸柒捌玖拾佰仟萬億";
    private static final String PLAIN = "一二二三三四五六六七八九十百千万亿";

    private static boolean isNumeral(char c) {
        return DIGITS.indexOf(c) >= 0 || c == '十' || c == '百' || c == '千' || c == '万' || c == '亿'
                || FINANCIAL.indexOf(c) >= 0;
    }

    /** 伍佰 → 五百: the financial numerals as plain ones. */
    private static String plain(String run) {
        StringBuilder out = new StringBuilder(run.length());
        for (int i = 0; i < run.length(); i++) {
            char c = run.charAt(i);
            int f = FINANCIAL.indexOf(c);
            out.append(f >= 0 ? PLAIN.charAt(f) : c);
        }
        return out.toString();
    }

    /** Appends the Arabic form of text[start,end) when it is a quantity; false when it is part of a word. */
    /** The end of "点" + single digits followed by a unit (点二五元), or -1 when there is none. */
    private static int decimals(String text, int end) {
        if (end >= text.length() || text.charAt(end) != '点') {
            return -1;
        }
        int k = end + 1;
        while (k < text.length() && digit(plain(String.valueOf(text.charAt(k))).charAt(0)) >= 0) {
            k++;
        }
        return k > end + 1 && k < text.length() && UNITS.indexOf(text.charAt(k)) >= 0 ? k : -1;
    }

    private static boolean convertRun(String text, int start, int end, StringBuilder out, boolean beforeDecimals) {
        String run = plain(text.substring(start, end));
        char before = start > 0 ? text.charAt(start - 1) : 0;
        if (run.equals("一") && WORD_FORMERS.indexOf(before) >= 0) {
            return false; // 统一分配, 唯一, 同一: a word, not one 分 or one 次
        }
        if (run.startsWith("百分之") || (run.equals("百") && text.startsWith("分之", end))) {
            return false;
        }
        char next = end < text.length() ? text.charAt(end) : 0;
        char prev = start > 0 ? text.charAt(start - 1) : 0;
        boolean afterPercentOf = start >= 3 && text.startsWith("百分之", start - 3);
        boolean quantity = beforeDecimals || UNITS.indexOf(next) >= 0 || prev == '第' || afterPercentOf || next == '%'
                || (next >= '0' && next <= '9');
        // a trailing 万/亿 of the run is itself the unit (五千万 + 元)
        String suffix = "";
        String body = run;
        if (body.length() > 1 && (body.endsWith("万") || body.endsWith("亿"))) {
            suffix = body.substring(body.length() - 1);
            body = body.substring(0, body.length() - 1);
            quantity = true;
        }
        if (!quantity || body.isEmpty() || body.equals("万") || body.equals("亿") || body.equals("千")) {
            return false;
        }
        long value = parse(body);
        if (value < 0) {
            return false;
        }
        if (afterPercentOf) {
            // drop the 百分之 already written
            out.setLength(out.length() - 3);
            out.append(value).append(suffix).append('%');
            return true;
        }
        out.append(value).append(suffix);
        return true;
    }

    /** 二〇二五 → 2025; 三千五百 → 3500; 十二 → 12; -1 when it is not a well-formed number. */
    static long parse(String s) {
        boolean positional = true;
        for (int i = 0; i < s.length(); i++) {
            if ("十百千万亿".indexOf(s.charAt(i)) >= 0) {
                positional = false;
                break;
            }
        }
        if (positional) {
            long v = 0;
            for (int i = 0; i < s.length(); i++) {
                v = v * 10 + digit(s.charAt(i));
            }
            return v;
        }
        long total = 0;
        long section = 0;
        long current = 0;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            int d = digit(c);
            if (d >= 0) {
                current = d;
            } else {
                switch (c) {
                    case '十' -> {
                        section += (current == 0 ? 1 : current) * 10;
                        current = 0;
                    }
                    case '百' -> {
                        section += (current == 0 ? 1 : current) * 100;
                        current = 0;
                    }
                    case '千' -> {
                        section += (current == 0 ? 1 : current) * 1000;
                        current = 0;
                    }
                    case '万' -> {
                        total += (section + current) * 10_000;
                        section = 0;
                        current = 0;
                    }
                    case '亿' -> {
                        total = (total + section + current) * 100_000_000;
                        section = 0;
                        current = 0;
                    }
                    default -> {
                        return -1;
                    }
                }
            }
        }
        return total + section + current;
    }

    private static int digit(char c) {
        return switch (c) {
            case '零', '〇' -> 0;
            case '一' -> 1;
            case '二', '两' -> 2;
            case '三' -> 3;
            case '四' -> 4;
            case '五' -> 5;
            case '六' -> 6;
            case '七' -> 7;
            case '八' -> 8;
            case '九' -> 9;
            default -> -1;
        };
    }
}
