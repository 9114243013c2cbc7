package cn.yingshang.review.internal;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * A cheap pre-check for a regular expression: a set of literal strings of which every match must
 * contain at least one (for {@code (本地|本市)[^,]{0,6}设立分公司} that is {"设立分公司"}). A clause
 * containing none of them cannot match, so the regex is skipped; most clauses fail this plain
 * substring test, which is what makes screening fast. Anything the small parser does not
 * understand yields null: no pre-check, the regex always runs, so the result never changes.
 */
final class NecessaryLiterals {

    private final String re;
    private int pos;

    private NecessaryLiterals(String re) {
        this.re = re;
    }

    /** The literals, or null when none can be derived. */
    static List<String> of(String regex) {
        try {
            NecessaryLiterals p = new NecessaryLiterals(regex);
            Node node = p.alternation();
            if (p.pos != regex.length()) {
                return null;
            }
            Set<String> f = node.factor();
            return f == null || f.isEmpty() || f.contains("") ? null : List.copyOf(f);
        } catch (RuntimeException e) {
            return null;
        }
    }

    /**
     * All the literal sets a match must meet, each one of its strings at least (for
     * {@code {外地}[^。]{0,30}复核} both "one of the 外地 words" and "复核"), or null when none can be derived.
     * Requiring every set, not only the most selective one, is what keeps many broad patterns cheap.
     */
    static List<List<String>> all(String regex) {
        try {
            NecessaryLiterals p = new NecessaryLiterals(regex);
            Node node = p.alternation();
            if (p.pos != regex.length()) {
                return null;
            }
            List<Set<String>> sets = node instanceof Seq seq ? seq.candidates() : node.factor() == null ? List.of()
                    : List.of(node.factor());
            List<List<String>> out = sets.stream().filter(f -> f != null && !f.isEmpty() && !f.contains(""))
                    .map(List::copyOf).toList();
            return out.isEmpty() ? null : out;
        } catch (RuntimeException e) {
            return null;
        }
    }

    sealed interface Node permits Lit, Other, Seq, Alt, Quant {
        Set<String> factor();
    }

    record Lit(char c) implements Node {
        public Set<String> factor() {
            return Set.of(String.valueOf(c));
        }
    }

    /** A character class, dot, escape class or look-around: matches no fixed literal. */
    record Other() implements Node {
        public Set<String> factor() {
            return null;
        }
    }

    record Quant(Node node, int min) implements Node {
        public Set<String> factor() {
            return min == 0 ? null : node.factor();
        }
    }

    record Alt(List<Node> branches) implements Node {
        public Set<String> factor() {
            Set<String> all = new LinkedHashSet<>();
            for (Node b : branches) {
                Set<String> f = b.factor();
                if (f == null) {
                    return null;
                }
                all.addAll(f);
            }
            return all;
        }
    }

    record Seq(List<Node> items) implements Node {
        public Set<String> factor() {
            Set<String> best = null;
            for (Set<String> c : candidates()) {
                if (best == null || score(c) > score(best)) {
                    best = c;
                }
            }
            return best;
        }

        /** Every necessary factor of the sequence: runs of literals and the factors of required groups. */
        List<Set<String>> candidates() {
            StringBuilder run = new StringBuilder();
            List<Set<String>> candidates = new ArrayList<>();
            for (Node n : items) {
                if (n instanceof Lit l) {
                    run.append(l.c());
                    continue;
                }
                if (!run.isEmpty()) {
                    candidates.add(Set.of(run.toString()));
                    run.setLength(0);
                }
                Set<String> f = n.factor();
                if (f != null) {
                    candidates.add(f);
                }
            }
            if (!run.isEmpty()) {
                candidates.add(Set.of(run.toString()));
            }
            return candidates;
        }

        private static double score(Set<String> f) {
            int shortest = f.stream().mapToInt(String::length).min().orElse(0);
            return shortest - f.size() * 0.01;
        }
    }

    private Node alternation() {
        List<Node> branches = new ArrayList<>();
        branches.add(sequence());
        while (pos < re.length() && re.charAt(pos) == '|') {
            pos++;
            branches.add(sequence());
        }
        return branches.size() == 1 ? branches.getFirst() : new Alt(branches);
    }

    private Node sequence() {
        List<Node> items = new ArrayList<>();
        while (pos < re.length() && re.charAt(pos) != '|' && re.charAt(pos) != ')') {
            Node atom = atom();
            items.add(quantified(atom));
        }
        return new Seq(items);
    }

    private Node quantified(Node atom) {
        if (pos >= re.length()) {
            return atom;
        }
        char c = re.charAt(pos);
        Node result = atom;
        if (c == '?' || c == '*') {
            pos++;
            result = new Quant(atom, 0);
        } else if (c == '+') {
            pos++;
            result = new Quant(atom, 1);
        } else if (c == '{') {
            int close = re.indexOf('}', pos);
            String body = re.substring(pos + 1, close);
            int min = Integer.parseInt(body.split(",", -1)[0].strip());
            pos = close + 1;
            result = new Quant(atom, min);
        }
        if (pos < re.length() && (re.charAt(pos) == '?' || re.charAt(pos) == '+') && result != atom) {
            pos++; // lazy or possessive
        }
        // a quantified single literal is not a fixed run of text any more
        return result instanceof Quant q && q.min() > 0 && q.node() instanceof Lit ? new Quant(new Seq(List.of(q.node())), q.min()) : result;
    }

    private Node atom() {
        char c = re.charAt(pos);
        switch (c) {
            case '(' -> {
                pos++;
                boolean lookaround = false;
                if (re.startsWith("?:", pos)) {
                    pos += 2;
                } else if (re.startsWith("?", pos)) {
                    lookaround = true;
                    while (pos < re.length() && "?<!=".indexOf(re.charAt(pos)) >= 0) {
                        pos++;
                    }
                }
                Node inner = alternation();
                if (re.charAt(pos) != ')') {
                    throw new IllegalArgumentException("unbalanced");
                }
                pos++;
                return lookaround ? new Other() : inner;
            }
            case '[' -> {
                int i = pos + 1;
                if (i < re.length() && re.charAt(i) == '^') {
                    i++;
                }
                if (i < re.length() && re.charAt(i) == ']') {
                    i++;
                }
                while (re.charAt(i) != ']') {
                    i += re.charAt(i) == '\\' ? 2 : 1;
                }
                pos = i + 1;
                return new Other();
            }
            case '\\' -> {
                char e = re.charAt(pos + 1);
                pos += 2;
                return Character.isLetterOrDigit(e) ? new Other() : new Lit(e);
            }
            case '.', '^', '$' -> {
                pos++;
                return new Other();
            }
            default -> {
                pos++;
                return new Lit(c);
            }
        }
    }
}
