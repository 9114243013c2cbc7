package cn.yingshang.catalogue.internal;

import cn.yingshang.catalogue.CatalogueCheck;
import cn.yingshang.catalogue.CatalogueKind;
import cn.yingshang.catalogue.CheckAnswer;
import cn.yingshang.catalogue.CheckAnswer.Verdict;
import cn.yingshang.catalogue.internal.CatalogueStore.Version;
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
    private static final Pattern FILLER = Pattern.compile(
            "他们|她们|窗口|工作人员|部门|要求|要我|让我|叫我|向我|找我|我们|我司|本公司|公司|企业|收取|收了|缴纳|交纳|补交|提交|提供|开具|出具|"
                    + "办理|需要|必须|是否|能否|可不可以|可以|应该|一定|吗|呢|吧|一份|一个|一笔|这个|那个|所谓|什么|[?!,.:;\"“”'‘’()]");
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
            throw new DomainViolation("kind", "请选择要核对的清单：收费、证明事项或中介服务");
        }
        if (text == null || text.isBlank()) {
            throw new DomainViolation("q", "请填写对方要求的收费、证明或中介服务名称");
        }
        String asked = text.strip();
        Version version = store.inForce(kind, LocalDate.now(clock))
                .orElseThrow(() -> new DomainViolation("kind", kind.label() + "尚未发布"));
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
                    "该项目在现行《" + kind.label() + "》内，收费标准：" + blank(e.detail("standard"))
                            + "。超出标准或扩大范围收费的，可以投诉（003 §50）。", null, version);
            case CERTIFICATE -> e.flag("dataSharing")
                    ? new CheckAnswer(Verdict.NOT_TO_BE_REQUESTED, kind, asked, e.code(), e.name(), e.basis(), e.department(),
                    "该证明可通过政务数据共享获取，办理单位应当自行核查，不得要求您提供（001 §34、003 §38）。",
                    "CERTIFICATES", version)
                    : new CheckAnswer(Verdict.ON_LIST, kind, asked, e.code(), e.name(), e.basis(), e.department(),
                    "该证明在现行《" + kind.label() + "》内，开具单位：" + blank(e.detail("issuingUnit")) + "。"
                            + (e.flag("notifyCommit") ? "该事项实行告知承诺制，您可以书面承诺代替提交证明（000 §23、001 §38）。" : ""),
                    null, version);
            case INTERMEDIARY -> new CheckAnswer(Verdict.ON_LIST, kind, asked, e.code(), e.name(), e.basis(), e.department(),
                    "该中介服务在现行《" + kind.label() + "》内。" + (e.flag("governmentPays")
                            ? "该服务由审批部门委托并承担费用，不得转嫁给企业（000 §22、001 §44）。"
                            : "您有权自主选择中介服务机构，行政机关不得指定（000 §22）；收费标准：" + blank(e.detail("fee")) + "。"),
                    null, version);
            default -> throw new IllegalArgumentException(kind.name());
        };
    }

    private static CheckAnswer notOnList(CatalogueKind kind, String asked, int version) {
        return switch (kind) {
            case FEE -> new CheckAnswer(Verdict.NOT_ON_LIST, kind, asked, null, null, null, null,
                    "现行《" + kind.label() + "》中没有该项目。目录清单以外，任何单位实施行政管理或者提供公共服务不得向经营主体收取费用（000 §29、001 §13、003 §50）。",
                    "FEES", version);
            case CERTIFICATE -> new CheckAnswer(Verdict.NOT_ON_LIST, kind, asked, null, null, null, null,
                    "现行《" + kind.label() + "》中没有该证明。不得要求经营主体提供未纳入清单的证明事项（000 §23、001 §37、§39）。",
                    "CERTIFICATES", version);
            case INTERMEDIARY -> new CheckAnswer(Verdict.NOT_ON_LIST, kind, asked, null, null, null, null,
                    "现行《" + kind.label() + "》中没有该中介服务。没有法定依据的中介服务事项不得作为办理行政审批的条件（001 §44、000 §22）。",
                    "FEES", version);
            default -> throw new IllegalArgumentException(kind.name());
        };
    }

    private static String blank(String s) {
        return s == null || s.isBlank() ? "见设定依据" : s;
    }
}
