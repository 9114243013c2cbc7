package cn.yingshang.shared;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Objects;
import java.util.Properties;

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

    /** The character tables live in {@code text/chinese-numerals.properties}: data, not code. */
    private static final Properties TABLES = load("/text/chinese-numerals.properties");
    private static final String DIGITS = TABLES.getProperty("digits");
    private static final String DIGIT_VALUES = TABLES.getProperty("digit-values");
    private static final char TEN = TABLES.getProperty("ten").charAt(0);
    private static final char HUNDRED = TABLES.getProperty("hundred").charAt(0);
    private static final char THOUSAND = TABLES.getProperty("thousand").charAt(0);
    private static final char MYRIAD = TABLES.getProperty("myriad").charAt(0);
    private static final char HUNDRED_MILLION = TABLES.getProperty("hundred-million").charAt(0);
    private static final String MULTIPLIERS = "" + TEN + HUNDRED + THOUSAND + MYRIAD + HUNDRED_MILLION;
    private static final String ARTICLE_DIGITS = TABLES.getProperty("article-digits");
    private static final String UNITS = TABLES.getProperty("units");
    private static final String WORD_FORMERS = TABLES.getProperty("word-formers");
    private static final String FINANCIAL = TABLES.getProperty("financial");
    private static final String PLAIN = TABLES.getProperty("plain");
    private static final char POINT = TABLES.getProperty("point").charAt(0);
    private static final char ORDINAL = TABLES.getProperty("ordinal").charAt(0);
    private static final String PERCENT_OF = TABLES.getProperty("percent-of");
    /** 分之 of 百分之: the per-cent marker after its 百. */
    private static final String PARTS_OF = PERCENT_OF.substring(1);
    private static final String ONE = DIGITS.substring(DIGIT_VALUES.indexOf('1'), DIGIT_VALUES.indexOf('1') + 1);

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
            if (c >= 0xFF01 && c <= 0xFF5E) { // full-width ASCII forms
                c = (char) (c - 0xFEE0);
            } else if (c == 0x3000 || Character.isWhitespace(c) || c == '\u00A0') { // ideographic space
                continue;
            } else if (c == 0x3014 || c == 0x3010 || c == 0xFF3B) { // 〔 【 ［ as in document numbers
                c = '[';
            } else if (c == 0x3015 || c == 0x3011 || c == 0xFF3D) {
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

    private static boolean isNumeral(char c) {
        return DIGITS.indexOf(c) >= 0 || MULTIPLIERS.indexOf(c) >= 0
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
    /** The end of 点 + single digits followed by a unit (点二五元), or -1 when there is none. */
    private static int decimals(String text, int end) {
        if (end >= text.length() || text.charAt(end) != POINT) {
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
        if (run.equals(ONE) && WORD_FORMERS.indexOf(before) >= 0) {
            return false; // 统一分配, 唯一, 同一: a word, not one 分 or one 次
        }
        if (run.startsWith(PERCENT_OF) || (run.equals(String.valueOf(HUNDRED)) && text.startsWith(PARTS_OF, end))) {
            return false;
        }
        char next = end < text.length() ? text.charAt(end) : 0;
        char prev = start > 0 ? text.charAt(start - 1) : 0;
        boolean afterPercentOf = start >= PERCENT_OF.length() && text.startsWith(PERCENT_OF, start - PERCENT_OF.length());
        boolean quantity = beforeDecimals || UNITS.indexOf(next) >= 0 || prev == ORDINAL || afterPercentOf || next == '%'
                || (next >= '0' && next <= '9');
        // a trailing 万/亿 of the run is itself the unit (五千万 + 元)
        String suffix = "";
        String body = run;
        if (body.length() > 1 && (body.charAt(body.length() - 1) == MYRIAD || body.charAt(body.length() - 1) == HUNDRED_MILLION)) {
            suffix = body.substring(body.length() - 1);
            body = body.substring(0, body.length() - 1);
            quantity = true;
        }
        if (!quantity || body.isEmpty() || (body.length() == 1 && (body.charAt(0) == MYRIAD || body.charAt(0) == HUNDRED_MILLION || body.charAt(0) == THOUSAND))) {
            return false;
        }
        long value = parse(body);
        if (value < 0) {
            return false;
        }
        if (afterPercentOf) {
            // drop the 百分之 already written
            out.setLength(out.length() - PERCENT_OF.length());
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
            if (MULTIPLIERS.indexOf(s.charAt(i)) >= 0) {
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
                if (c == TEN || c == HUNDRED || c == THOUSAND) {
                    int power = c == TEN ? 10 : c == HUNDRED ? 100 : 1000;
                    section += (current == 0 ? 1 : current) * power;
                    current = 0;
                } else if (c == MYRIAD) {
                    total += (section + current) * 10_000;
                    section = 0;
                    current = 0;
                } else if (c == HUNDRED_MILLION) {
                    total = (total + section + current) * 100_000_000;
                    section = 0;
                    current = 0;
                } else {
                    return -1;
                }
            }
        }
        return total + section + current;
    }

    /** Chinese numerals as articles are numbered: 5 五, 10 十, 15 十五, 51 五十一, 105 一百零五. */
    public static String numeral(int n) {
        if (n < 10) {
            return String.valueOf(ARTICLE_DIGITS.charAt(n));
        }
        if (n < 100) {
            int tens = n / 10;
            int ones = n % 10;
            return (tens == 1 ? "" : String.valueOf(ARTICLE_DIGITS.charAt(tens))) + TEN
                    + (ones == 0 ? "" : String.valueOf(ARTICLE_DIGITS.charAt(ones)));
        }
        int hundreds = n / 100;
        int rest = n % 100;
        String tail = rest == 0 ? "" : rest < 10 ? ARTICLE_DIGITS.charAt(0) + String.valueOf(ARTICLE_DIGITS.charAt(rest))
                : (rest < 20 ? String.valueOf(ARTICLE_DIGITS.charAt(1)) : "") + numeral(rest);
        return ARTICLE_DIGITS.charAt(hundreds) + String.valueOf(HUNDRED) + tail;
    }

    private static int digit(char c) {
        int at = DIGITS.indexOf(c);
        return at < 0 ? -1 : DIGIT_VALUES.charAt(at) - '0';
    }

    private static Properties load(String resource) {
        try (InputStream in = ChineseText.class.getResourceAsStream(resource)) {
            Properties tables = new Properties();
            tables.load(new InputStreamReader(Objects.requireNonNull(in, resource), StandardCharsets.UTF_8));
            return tables;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
