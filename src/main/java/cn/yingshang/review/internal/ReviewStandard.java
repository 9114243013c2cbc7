package cn.yingshang.review.internal;

import cn.yingshang.review.ReviewGroup;
import cn.yingshang.shared.DomainViolation;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;

/**
 * A review standard as data: a clause matches when one of its patterns is found in the normalised
 * clause, the context pattern (if any, e.g. "this is a tender") is found too, and none of the
 * "unless" patterns is (e.g. "依法", "不区分", lawful SME set-asides). Patterns may name shared
 * vocabularies as {本地} ({@link ReviewTerms}). A pattern with the named groups {@code base} and
 * {@code limit} (amounts such as 80万元) matches only where the limit exceeds the base: a required
 * past contract larger than the whole project's budget is a threshold "明显超过项目要求". A base group
 * named {@code basePctN} allows N % of the base (a bid deposit above 2 % of the budget).
 */
@cn.yingshang.shared.DomainType
public record ReviewStandard(String code, ReviewGroup group, String title, String article, String reason, String context,
                      List<String> patterns, List<String> unless, Compiled compiled) {

    /**
     * Compiled patterns, each with the literal sets a clause must meet to match: one literal of every
     * set (null: always try).
     */
    record Compiled(Pattern context, List<Pattern> patterns, List<List<List<String>>> cues, Pattern unless) {
    }

    static ReviewStandard of(String code, ReviewGroup group, String title, String article, String reason, String context,
                             List<String> patterns, List<String> unless) {
        return of(code, group, title, article, reason, context, patterns, unless, ReviewTerms.NONE);
    }

    static ReviewStandard of(String code, ReviewGroup group, String title, String article, String reason, String context,
                             List<String> patterns, List<String> unless, ReviewTerms terms) {
        if (code == null || !code.matches("[A-Z]{2}\\d{1,2}")) {
            throw DomainViolation.of("code", "review.reviewStandard.code");
        }
        if (group == null) {
            throw DomainViolation.of("group", "review.reviewStandard.group");
        }
        if (title == null || title.isBlank()) {
            throw DomainViolation.of("title", "review.reviewStandard.title");
        }
        if (article == null || article.isBlank()) {
            throw DomainViolation.of("article", "review.reviewStandard.article");
        }
        List<String> ps = clean(patterns);
        List<String> us = clean(unless);
        if (ps.isEmpty()) {
            throw DomainViolation.of("patterns", "review.reviewStandard.patterns");
        }
        String ctx = context == null || context.isBlank() ? null : context.strip();
        List<String> expanded = ps.stream().map(p -> terms.expand("patterns", p)).toList();
        Compiled compiled = new Compiled(ctx == null ? null : compile("context", terms.expand("context", ctx)),
                expanded.stream().map(p -> compile("patterns", p)).toList(),
                expanded.stream().map(NecessaryLiterals::all).toList(),
                us.isEmpty() ? null : compile("unless",
                        String.join("|", us.stream().map(u -> "(?:" + terms.expand("unless", u) + ")").toList())));
        return new ReviewStandard(code, group, title.strip(), article.strip(), reason == null ? "" : reason.strip(), ctx,
                ps, us, compiled);
    }

    private static List<String> clean(List<String> lines) {
        return lines == null ? List.of() : lines.stream().map(String::strip).filter(s -> !s.isEmpty()).toList();
    }

    private static Pattern compile(String field, String regex) {
        try {
            return Pattern.compile(regex);
        } catch (PatternSyntaxException e) {
            throw DomainViolation.of(field, "review.reviewStandard.violation", regex, e.getDescription());
        }
    }

    /** The matched words when the normalised clause falls under this standard, else null. */
    String match(String normalised) {
        return match(normalised, null);
    }

    /**
     * As {@link #match(String)}; {@code present} (when given) tells for each pattern whether one of its
     * necessary literals occurs in the clause, as found by the set's literal index in one pass.
     */
    String match(String normalised, boolean[] present) {
        List<Pattern> patterns = compiled.patterns();
        for (int i = 0; i < patterns.size(); i++) {
            if (present != null ? !present[i] : !mayMatch(normalised, compiled.cues().get(i))) {
                continue;
            }
            Matcher m = patterns.get(i).matcher(normalised);
            if (find(m)) {
                if (compiled.context() != null && !compiled.context().matcher(normalised).find()) {
                    return null;
                }
                if (compiled.unless() != null && compiled.unless().matcher(normalised).find()) {
                    return null;
                }
                return m.group();
            }
        }
        return null;
    }

    /** The next match; for a pattern comparing amounts, the next match whose limit exceeds its base. */
    private static boolean find(Matcher m) {
        Map<String, Integer> groups = m.pattern().namedGroups();
        String baseGroup = groups.keySet().stream().filter(name -> BASE.matcher(name).matches()).findFirst().orElse(null);
        if (baseGroup == null || !groups.containsKey("limit")) {
            return m.find();
        }
        // basePct2: the limit may be at most 2 % of the base (a bid deposit against the budget)
        double factor = baseGroup.equals("base") ? 1 : Double.parseDouble(baseGroup.substring(7)) / 100;
        while (m.find()) {
            double base = Amounts.yuan(m.group(baseGroup));
            double limit = Amounts.yuan(m.group("limit"));
            if (base > 0 && limit > base * factor) {
                return true;
            }
        }
        return false;
    }

    private static final Pattern BASE = Pattern.compile("base|basePct\\d{1,3}");

    private static boolean mayMatch(String text, List<List<String>> cues) {
        if (cues == null) {
            return true;
        }
        for (List<String> set : cues) {
            if (set.stream().noneMatch(text::contains)) {
                return false;
            }
        }
        return true;
    }
}
