package cn.yingshang.catalogue.internal;

import cn.yingshang.catalogue.CatalogueCheck;
import cn.yingshang.catalogue.CatalogueKind;
import cn.yingshang.catalogue.CheckAnswer;
import cn.yingshang.catalogue.CheckAnswer.Verdict;
import cn.yingshang.catalogue.internal.CatalogueStore.Version;
import cn.yingshang.platform.Text;
import cn.yingshang.shared.ChineseBundle;
import cn.yingshang.shared.ChineseText;
import cn.yingshang.shared.DomainViolation;
import java.time.Clock;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import org.springframework.stereotype.Service;

/**
 * "May they require X of me?": the asked text is normalised, everyday words around the item are
 * dropped, and the item is matched against names and aliases of the catalogue in force (whole
 * name contained, contained in a name, characters in order, or character-bigram similarity).
 */
@Service
class CatalogueChecks implements CatalogueCheck {

    /** Words around the thing asked about: "他们要我交一份…证明吗". */
    private static final Pattern FILLER = Pattern.compile(ChineseBundle.text("i18n/catalogue", "catalogue.check.fillerWords"));
    static final double THRESHOLD = 0.5;

    private final CatalogueStore store;
    private final Clock clock;

    CatalogueChecks(CatalogueStore store, Clock clock) {
        this.store = store;
        this.clock = clock;
    }

    @Override
    public CheckAnswer check(CatalogueKind kind, String text) {
        if (kind == null || !kind.checkable()) {
            throw DomainViolation.of("kind", "catalogue.check.kindRequired");
        }
        if (text == null || text.isBlank()) {
            throw DomainViolation.of("q", "catalogue.check.itemRequired");
        }
        String asked = text.strip();
        Version version = store.inForce(kind, LocalDate.now(clock))
                .orElseThrow(() -> DomainViolation.of("kind", "catalogue.notPublished", kind.label()));
        Entry best = bestMatch(store.entries(version.id()), asked);
        if (best == null) {
            return notOnList(kind, asked, version.number());
        }
        return onList(kind, asked, best, version.number());
    }

    static Entry bestMatch(List<Entry> entries, String asked) {
        String query = ChineseText.normalise(asked);
        String core = FILLER.matcher(query).replaceAll("");
        Entry best = null;
        double bestScore = THRESHOLD;
        for (Entry e : entries) {
            for (String name : e.names()) {
                double s = score(query, core, name);
                if (s > bestScore || (s == bestScore && best != null && s > THRESHOLD)) {
                    bestScore = s;
                    best = e;
                }
            }
        }
        return best;
    }

    static double score(String query, String core, String name) {
        if (name.length() >= 2 && query.contains(name)) {
            return 1.0 + name.length() / 100.0;
        }
        if (core.length() < 2) {
            return 0;
        }
        if (name.contains(core)) {
            double ratio = (double) core.length() / name.length();
            return core.length() >= 3 || ratio >= 0.6 ? 0.5 + 0.45 * ratio : 0;
        }
        if (core.length() >= 3 && subsequence(core, name)) {
            return 0.35 + 0.4 * core.length() / name.length();
        }
        return dice(core, name) * 0.9;
    }

    private static boolean subsequence(String small, String big) {
        int j = 0;
        for (int i = 0; i < big.length() && j < small.length(); i++) {
            if (big.charAt(i) == small.charAt(j)) {
                j++;
            }
        }
        return j == small.length();
    }

    private static double dice(String a, String b) {
        if (a.length() < 2 || b.length() < 2) {
            return 0;
        }
        Set<String> x = bigrams(a);
        Set<String> y = bigrams(b);
        int common = 0;
        for (String g : x) {
            if (y.contains(g)) {
                common++;
            }
        }
        return 2.0 * common / (x.size() + y.size());
    }

    private static Set<String> bigrams(String s) {
        Set<String> out = new HashSet<>();
        for (int i = 0; i + 1 < s.length(); i++) {
            out.add(s.substring(i, i + 2));
        }
        return out;
    }

    private static CheckAnswer onList(CatalogueKind kind, String asked, Entry e, int version) {
        return switch (kind) {
            case FEE -> new CheckAnswer(Verdict.ON_LIST, kind, asked, e.code(), e.name(), e.basis(), e.department(),
                    Text.of("catalogue.check.feeOnList", kind.label(), blank(e.detail("standard"))), null, version);
            case CERTIFICATE -> e.flag("dataSharing")
                    ? new CheckAnswer(Verdict.NOT_TO_BE_REQUESTED, kind, asked, e.code(), e.name(), e.basis(), e.department(),
                    Text.of("catalogue.check.certificateShared"),
                    "CERTIFICATES", version)
                    : new CheckAnswer(Verdict.ON_LIST, kind, asked, e.code(), e.name(), e.basis(), e.department(),
                    Text.of("catalogue.check.certificateOnList", kind.label(), blank(e.detail("issuingUnit")))
                            + (e.flag("notifyCommit") ? Text.of("catalogue.check.certificateByPromise") : ""),
                    null, version);
            case INTERMEDIARY -> new CheckAnswer(Verdict.ON_LIST, kind, asked, e.code(), e.name(), e.basis(), e.department(),
                    Text.of("catalogue.check.intermediaryOnList", kind.label()) + (e.flag("governmentPays")
                            ? Text.of("catalogue.check.intermediaryGovernmentPays")
                            : Text.of("catalogue.check.intermediaryFreeChoice", blank(e.detail("fee")))),
                    null, version);
            default -> throw new IllegalArgumentException(kind.name());
        };
    }

    private static CheckAnswer notOnList(CatalogueKind kind, String asked, int version) {
        return switch (kind) {
            case FEE -> new CheckAnswer(Verdict.NOT_ON_LIST, kind, asked, null, null, null, null,
                    Text.of("catalogue.check.feeNotOnList", kind.label()),
                    "FEES", version);
            case CERTIFICATE -> new CheckAnswer(Verdict.NOT_ON_LIST, kind, asked, null, null, null, null,
                    Text.of("catalogue.check.certificateNotOnList", kind.label()),
                    "CERTIFICATES", version);
            case INTERMEDIARY -> new CheckAnswer(Verdict.NOT_ON_LIST, kind, asked, null, null, null, null,
                    Text.of("catalogue.check.intermediaryNotOnList", kind.label()),
                    "FEES", version);
            default -> throw new IllegalArgumentException(kind.name());
        };
    }

    private static String blank(String s) {
        return s == null || s.isBlank() ? Text.of("catalogue.check.seeBasis") : s;
    }
}
