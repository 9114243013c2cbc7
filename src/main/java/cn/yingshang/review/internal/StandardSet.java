package cn.yingshang.review.internal;

import cn.yingshang.platform.Text;
import cn.yingshang.review.ReviewGroup;
import cn.yingshang.review.ScreeningFinding;
import cn.yingshang.shared.ChineseText;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The standards in force, applied clause by clause; one finding per clause and standard (public
 * for the JMH benchmark). All necessary literals of all patterns are indexed by their first
 * character, so one pass over a clause tells which patterns are worth running.
 */
@cn.yingshang.shared.DomainType
public record StandardSet(String version, ReviewTerms terms, List<ReviewStandard> standards, LiteralIndex index) {

    public StandardSet(String version, List<ReviewStandard> standards) {
        this(version, ReviewTerms.NONE, standards);
    }

    public StandardSet(String version, ReviewTerms terms, List<ReviewStandard> standards) {
        this(version, terms, standards, LiteralIndex.of(standards));
    }

    /** Writes the reason of a finding made by the clause model: the standard it picked and the group's score. */
    @FunctionalInterface
    public interface ModelReason {
        String of(ReviewStandard standard, double score);
    }

    /** The rules alone. */
    public List<ScreeningFinding> screen(String text) {
        return screen(text, null, null);
    }

    /**
     * The rules, and the clause model (when given) in every group the rules left unflagged: its
     * finding names the best-scoring standard of the group and cites that standard's article.
     */
    public List<ScreeningFinding> screen(String text, ClauseModel model, ModelReason reason) {
        Map<String, ReviewStandard> byCode = new HashMap<>();
        Map<String, ReviewGroup> groupOf = new HashMap<>();
        if (model != null) {
            for (ReviewStandard s : standards) {
                byCode.put(s.code(), s);
                groupOf.put(s.code(), s.group());
            }
        }
        List<ScreeningFinding> findings = new ArrayList<>();
        boolean[] found = new boolean[index.literals().size()];
        boolean[][] present = new boolean[standards.size()][];
        for (int s = 0; s < present.length; s++) {
            present[s] = new boolean[index.perPattern().get(s).size()];
        }
        for (String clause : ClauseSplitter.split(text)) {
            String normalised = ChineseText.normalise(clause);
            int before = findings.size();
            index.scan(normalised, found);
            for (int s = 0; s < standards.size(); s++) {
                ReviewStandard standard = standards.get(s);
                String matched = standard.match(normalised, index.present(s, found, present[s]));
                if (matched != null) {
                    findings.add(new ScreeningFinding(standard.group(), standard.code(), standard.title(), clause,
                            Text.of("review.standard.contains", matched, standard.reason()), standard.article()));
                }
            }
            if (model != null) {
                Set<ReviewGroup> ruled = EnumSet.noneOf(ReviewGroup.class);
                for (int f = before; f < findings.size(); f++) {
                    ruled.add(findings.get(f).group());
                }
                for (ClauseModel.Guess guess : model.guesses(normalised, groupOf)) {
                    if (!ruled.contains(guess.group())) {
                        ReviewStandard s = byCode.get(guess.standardCode());
                        findings.add(new ScreeningFinding(s.group(), s.code(), s.title(), clause, reason.of(s, guess.score()),
                                s.article()));
                    }
                }
            }
        }
        return findings;
    }

    /**
     * Literal ids per pattern, one array per required set (null: no literal, always run), and the
     * literals grouped by first character.
     */
    record LiteralIndex(List<String> literals, Map<Character, int[]> byFirst, List<List<int[][]>> perPattern) {

        static LiteralIndex of(List<ReviewStandard> standards) {
            Map<String, Integer> ids = new LinkedHashMap<>();
            List<List<int[][]>> perPattern = new ArrayList<>();
            for (ReviewStandard s : standards) {
                List<int[][]> patterns = new ArrayList<>();
                for (List<List<String>> cues : s.compiled().cues()) {
                    if (cues == null) {
                        patterns.add(null);
                    } else {
                        // the smallest sets first: they are the likeliest to be unmet, which ends the check early
                        patterns.add(cues.stream().sorted(java.util.Comparator.comparingInt(List::size)).map(set -> set.stream()
                                .mapToInt(c -> ids.computeIfAbsent(c, k -> ids.size())).toArray()).toArray(int[][]::new));
                    }
                }
                perPattern.add(patterns);
            }
            List<String> literals = List.copyOf(ids.keySet());
            Map<Character, List<Integer>> grouped = new HashMap<>();
            for (int i = 0; i < literals.size(); i++) {
                grouped.computeIfAbsent(literals.get(i).charAt(0), k -> new ArrayList<>()).add(i);
            }
            Map<Character, int[]> byFirst = new HashMap<>();
            grouped.forEach((c, list) -> byFirst.put(c, list.stream().mapToInt(Integer::intValue).toArray()));
            return new LiteralIndex(literals, byFirst, perPattern);
        }

        void scan(String text, boolean[] found) {
            java.util.Arrays.fill(found, false);
            for (int i = 0; i < text.length(); i++) {
                int[] candidates = byFirst.get(text.charAt(i));
                if (candidates != null) {
                    for (int id : candidates) {
                        if (!found[id] && text.startsWith(literals.get(id), i)) {
                            found[id] = true;
                        }
                    }
                }
            }
        }

        /** Fills {@code present} (one slot per pattern of the standard) and returns it. */
        boolean[] present(int standard, boolean[] found, boolean[] present) {
            List<int[][]> patterns = perPattern.get(standard);
            for (int p = 0; p < present.length; p++) {
                present[p] = allMet(patterns.get(p), found);
            }
            return present;
        }

        private static boolean allMet(int[][] sets, boolean[] found) {
            if (sets == null) {
                return true;
            }
            for (int[] set : sets) {
                boolean met = false;
                for (int id : set) {
                    if (found[id]) {
                        met = true;
                        break;
                    }
                }
                if (!met) {
                    return false;
                }
            }
            return true;
        }
    }
}
