package cn.yingshang.review.internal;

import java.util.ArrayList;
import java.util.List;

/**
 * Splits a draft into clauses: a clause ends at a full stop, semicolon, exclamation or question mark
 * (full- or half-width) or a line break. Enumerated items "（一）…；（二）…" therefore become clauses
 * of their own, which is the unit a reviewer cites.
 */
final class ClauseSplitter {

    /** The clause-ending characters, from review/clause-ends.txt (data, not UI text). */
    private static final String ENDINGS = String.join("", ReviewData.lines("clause-ends.txt"));

    private ClauseSplitter() {
    }

    static List<String> split(String text) {
        List<String> clauses = new ArrayList<>();
        if (text == null) {
            return clauses;
        }
        int start = 0;
        int n = text.length();
        for (int i = 0; i < n; i++) {
            char c = text.charAt(i);
            boolean end = ENDINGS.indexOf(c) >= 0 || c == '\n' || c == '\r';
            if (end) {
                add(clauses, text, start, c == '\n' || c == '\r' ? i : i + 1);
                start = i + 1;
            }
        }
        add(clauses, text, start, n);
        return clauses;
    }

    private static void add(List<String> clauses, String text, int from, int to) {
        String clause = text.substring(from, to).strip();
        if (clause.length() > 1) {
            clauses.add(clause);
        }
    }
}
