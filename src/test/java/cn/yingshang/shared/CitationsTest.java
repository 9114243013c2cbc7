package cn.yingshang.shared;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * Article citations shown to users and officials must be right (issue 21 item 6). Every citation of a
 * seed ({@code 000 §51}, {@code 004 #5}, {@code 003 §31–§33}, {@code 000 §23/§29} …) in the migrations,
 * message bundles, templates, standards and Java sources is parsed; the article must exist in the seed
 * (copied to test resources {@code seeds/}), and the table below says, per article, a word its text must
 * contain (checks the table against the seed) and the subjects it may be cited for: the text around the
 * citation (its line and the three before it, where a Javadoc sentence starts) must name one of them. A
 * range or a list passes when one of its articles fits. A citation not in the table fails until someone
 * adds a row after reading the article.
 */
class CitationsTest {

    /** Article → [word in the article's text, subjects (regex over the text around the citation)]. */
    static final Map<String, String[]> ARTICLES = new HashMap<>();

    static {
        row("000 §5", "评价", "(?i)monitor|indicator|评价|figure|cockpit|count|驾驶舱|监测|ratio|on track");
        row("000 §6", "考评", "(?i)assess|考评|考核|cockpit");
        row("000 §8", "监督", "(?i)supervis|监督|observ");
        row("000 §13", "负面清单", "负面清单|审批|(?i)market access");
        row("000 §14", "公平竞争审查", "公平竞争|(?i)fair competition|review");
        row("000 §15", "招标投标", "招标|采购|(?i)tender");
        row("000 §22", "中介服务", "中介|(?i)intermediar|catalogue|清单");
        row("000 §23", "证明事项", "证明|(?i)certificate|catalogue|complain|清单|version");
        row("000 §25", "惠企政策", "(?i)polic|政策|免申即享");
        row("000 §29", "税费", "(?i)fee|收费|税费|catalogue|complain|清单");
        row("000 §31", "政务诚信", "(?i)government|政务诚信|政务失信|public bod|违约|毁约|拖欠");
        row("000 §32", "拖欠", "(?i)arrears|拖欠|账款|审计|forbidden|payer");
        row("000 §33", "能源", "(?i)energy|能源|用能");
        row("000 §38", "科技创新", "科技|高新|技术");
        row("000 §51", "双随机", "(?i)inspect|双随机|抽查|检查|draw|seed|selection|pool|coverage|figure|task|HMAC|score");
        row("000 §52", "重点监管", "(?i)key supervision|重点监管");
        row("000 §54", "失信", "(?i)dishonest|失信|信用|credit|warning|grace|inclusion");
        row("000 §55", "不罚清单", "(?i)no-penalty|不罚|不予处罚|轻微|minor|catalogue");
        row("000 §56", "行政检查", "(?i)inspect|检查|visit|item|discretion|裁量|benchmark");
        row("000 §58", "投诉", "(?i)complain|投诉|举报|identity|appeal|诉求|channel|matter");
        row("001 §5", "营商环境评价", "(?i)cockpit|monitor|评价");
        row("001 §6", "考核", "(?i)assess|考评|考核|cockpit|约谈|rectif");
        row("001 §13", "税费", "(?i)fee|收费|catalogue|清单");
        row("001 §19", "创业创新", "高新|政策|创业|创新");
        row("001 §25", "评价", "(?i)evaluat|rating|survey|评价|差评|核实|追评|cockpit");
        row("001 §26", "12345", "(?i)identity|12345|诉求|complain|appeal");
        row("001 §34", "共享", "共享|(?i)shar|obtain|never asked|material");
        row("001 §37", "证明事项", "(?i)catalogue|证明|certificate");
        row("001 §38", "告知承诺", "告知承诺|承诺|(?i)catalogue|promise|post-check|事中事后");
        row("001 §39", "证明事项", "(?i)catalogue|证明|certificate");
        row("001 §44", "中介服务", "中介|(?i)catalogue|intermediar");
        row("001 §48", "不予行政处罚", "(?i)catalogue|不罚|no-penalty|不予处罚|轻微");
        row("001 §51", "监督检查", "(?i)cockpit|supervis");
        row("001 §52", "监督员", "(?i)supervis|监督员");
        row("001 §53", "监督员", "(?i)supervis|observ|监督员");
        row("001 §54", "典型案例", "(?i)cockpit|曝光|typical");
        row("002 #12", "网上立案", "(?i)filing|filed|立案|court|green channel|绿色通道|review");
        row("002 #13", "诉前调解", "(?i)mediat|调解|trial|审限|court");
        row("002 #23", "三日以内解除", "(?i)seiz|release|查封|扣押|冻结|unrelated|property");
        row("002 #25", "协作请求", "(?i)cooperation|协作|outside|area");
        row("002 #28", "挂案", "(?i)stalled|挂案|ledger");
        row("002 #29", "胜诉权益", "(?i)judgment|enforce|执行|perform");
        row("002 #31", "拖欠中小微企业账款", "(?i)arrears|拖欠|priority|快|judgment|public bod|state-owned|裁判");
        row("002 #14", "司法鉴定", "(?i)apprais|鉴定|report|commission");
        row("002 #27", "合规", "(?i)compliance|合规|rectif|commitment|administrativ|procurat");
        row("002 #32", "破产", "(?i)bankrupt|破产|coordination|府院");
        // i16-legal-b: complaint channels into appeals, typical cases, judgments into the arrears ledger
        row("002 #45", "典型案例", "(?i)typical|典型案例");
        row("002 #48", "12368", "(?i)complain|投诉|12309|12368|channel|appeal|快速通道");
        row("004 #48", "拖欠中小企业账款案件", "(?i)arrears|拖欠|judgment|快立快审快执|fast track");
        row("004 #41", "破产", "(?i)bankrupt|simplified|破产");
        row("004 #42", "破产管理人", "(?i)administrator|recommend|管理人");
        row("000 §11", "财产安全", "(?i)seiz|property|查封|扣押|冻结|legal");
        row("002 #35", "两张清单", "(?i)no-penalty|不罚|不予处罚|轻微|minor|catalogue|discretion|裁量|benchmark");
        row("002 #37", "3日内删除失信信息", "(?i)dishonest|court|失信|repair|修复|grace|warning|宽限");
        row("002 #49", "每季度", "(?i)quarter|评查|review|rectif|整改|cockpit|benchmark");
        row("002 #47", "任性执法", "(?i)任性执法|选择性执法|一刀切|arbitrary|enforc|督察|rectif|整改");
        row("003 §9", "市场平等准入", "(?i)review|tender|barrier|审查|招标|投标|供应商|standard|公平竞争");
        row("003 §10", "公平竞争审查", "(?i)review|审查|standard|指定");
        row("003 §11", "平等享受政策", "(?i)ownership|所有制");
        row("003 §12", "招标投标", "(?i)review|tender|招标|投标|供应商|采购|资格|业绩|barrier|set-aside|standard|precision|contract|budget|公平竞争");
        row("003 §19", "金融产品", "贷款|金融|贴息|专精特新");
        row("003 §31", "社会责任", "(?i)social responsibility|社会责任");
        row("003 §32", "品牌", "(?i)brand|品牌");
        row("003 §33", "合规", "(?i)compliance|合规");
        row("003 §35", "公平竞争审查", "(?i)review|审查|fair competition|issue|blocked");
        row("003 §36", "直接兑现", "(?i)polic|政策|免申即享|payout|objection|兑现|异议|subsid");
        row("003 §37", "列入失信名单，修复前禁止享受同类政策", "(?i)dishonest|失信|blacklist|measure|用工|subsidy misuse|EXCLUDED|until repaired|same kind|list entry|an entry");
        row("003 §38", "信息共享", "材料|(?i)material|共享|shar|证明|pre-filled");
        row("003 §42", "扫码入企", "(?i)inspect|检查|扫码|visit|joint|item");
        row("003 §45", "信用修复", "(?i)repair|修复");
        row("003 §50", "收费", "(?i)fee|收费|catalogue|complain|投诉");
        row("003 §53", "第三方付款", "(?i)arrears|拖欠|账款|payer|bill|audit|审计|汇票|third|payment|practice");
        row("003 §54", "曝光", "(?i)arrears|拖欠|曝光|expos|remind|督办|overdue");
        row("003 §55", "政务诚信", "(?i)government|政务|arrears|public bod|机关|overdue|state-owned|违约|拖欠");
        row("004 #3", "僵尸", "(?i)dormant|僵尸|abnormal|异常");
        row("004 #5", "外地", "(?i)tender|招标|投标|供应商|review|barrier|branch|standard|公平竞争");
        row("004 #6", "招投标", "(?i)tender|招标|review|standard|公平竞争");
        row("004 #7", "招标", "(?i)tender|招标|review|standard|公平竞争");
        row("004 #8", "中小企业", "(?i)tender|招标|review|standard|公平竞争");
        row("004 #32", "双随机", "(?i)inspect|joint|双随机|检查|ratio");
        row("000 §19", "容缺", "容缺|告知承诺|跨省|疆内|兵地|(?i)tongban|deficien|promise|hotline|12345|通办|政务服务|government service|一件事|网办|bundle|online");
        row("000 §20", "一窗受理", "(?i)window|窗口|一窗|service cent|政务服务|government service|帮办|办不成事|help|hard.case");
        row("000 §30", "简易注销", "注销|(?i)deregist|bankrupt|破产");
        row("004 #1", "一网通办", "企业开办|一网通办|一件事|(?i)bundle|enterprise opening|identity check");
        // legal: the administrator's property query, disputes and discretion benchmarks (issue 16)
        row("004 #43", "破产管理人", "(?i)administrator|property|管理人|财产");
        row("000 §57", "公共法律服务", "(?i)legal service|法律服务|dispute|12348|mediat|arbitrat|foreign");
        row("001 §60", "多元化纠纷解决", "(?i)dispute|纠纷|mediat|arbitrat");
        row("002 #38", "12348", "(?i)12348|legal aid|法律援助|directory|名录|legal service|dispute");
        row("002 #41", "仲裁", "(?i)arbitrat|仲裁|dispute");
        row("002 #42", "多元纠纷解决", "(?i)mediat|调解|dispute");
        row("002 #43", "诉源治理", "(?i)dispute|纠纷");
        row("002 #44", "涉外", "(?i)foreign|涉外|expert|dispute");
        row("000 §21", "电子证照", "(?i)shar|共享|e-licen|电子证照|obtain|never asked|免于提交|material|材料");
        row("000 §27", "不动产登记", "不动产|(?i)real estate|property|一窗|parallel");
        row("000 §28", "报装", "报装|供水|供电|供气|(?i)utilit|public service|公共服务|政务服务平台|catalogue|目录");
        row("001 §28", "办事指南", "(?i)guide|指南|consisten|一致|编码|catalogue|目录|清单|item|政务服务|government service");
        row("001 §29", "政务服务大厅", "(?i)hall|大厅|window|窗口|政务服务|government service");
        row("001 §30", "公用企事业单位", "报装|供水|供电|(?i)utilit|政务服务|government service");
        row("001 §31", "一次性告知", "一次性告知|(?i)one-time notice|notice|supplement|material|promised|缩短|时限|政务服务|government service|首问负责|AB岗|backup|first receiver|working-day clock");
        row("001 §32", "一体化在线政务服务平台", "一网通办|(?i)online|平台|platform|政务服务|government service");
        row("001 §33", "一网通办", "一网通办|(?i)online|平台|platform|政务服务|government service");
        row("001 §35", "网办", "网办|一网通办|(?i)online|platform|政务服务|government service");
        row("001 §36", "电子证照", "电子证照|电子签名|电子印章|(?i)e-licen|electronic|signature");
        row("002 #4", "身份证", "身份证|(?i)identity card|catalogue|目录");
        row("002 #5", "户籍", "户籍|户口|(?i)household|catalogue|目录");
        row("002 #6", "特种行业", "特种行业|保安|(?i)special trade|catalogue|目录");
        row("002 #7", "刻章备案", "刻章|印章|(?i)seal|catalogue|目录");
        row("002 #8", "联网单位备案", "联网|网站备案|(?i)network|website|catalogue|目录");
        row("002 #9", "机动车", "机动车|(?i)vehicle|catalogue|目录");
        row("002 #10", "机动车查验", "机动车|查验|(?i)vehicle|catalogue|目录");
        row("002 #11", "货车", "货车|货运|(?i)freight|truck|catalogue|目录");
        row("002 #15", "公证", "公证|(?i)notar|catalogue|目录");
        row("004 #2", "分支机构", "分支机构|连锁|(?i)branch|catalogue|目录");
        row("004 #11", "用电报装", "用电|报装|(?i)electricity|utilit|catalogue|目录");
        row("004 #12", "用水用气", "用水|用气|供水|(?i)water|gas|utilit|catalogue|目录");
        row("004 #13", "回访", "回访|投诉|(?i)return visit|complain|catalogue|目录");
        row("004 #18", "政务服务事项标准化", "标准化|一致|基本目录|(?i)same name|consisten|standardi|catalogue|目录");
        row("004 #19", "电子证照", "电子证照|电子签章|(?i)e-licen|electronic");
        row("004 #29", "电子发票", "电子发票|存量房|(?i)invoice|catalogue|目录");
        row("004 #30", "不动产登记", "不动产|(?i)real estate|property|catalogue|目录");
        row("004 #35", "电子证书", "电子证|(?i)e-licen|electronic certificate|catalogue|目录");
        row("004 #37", "台账", "(?i)arrears|ledger|台账|账款|follow-up|回头看");
        row("004 #50", "信用承诺", "(?i)commitment|承诺");
        row("004 #51", "信用修复", "(?i)repair|修复");
        // investment projects and financing (issue 20)
        row("000 §16", "招商引资", "(?i)promise|承诺|招商|investment|attraction|project");
        row("000 §35", "信贷", "(?i)financ|loan|lend|credit|融资|信贷|bank");
        row("001 §14", "应收账款", "(?i)financ|loan|receivable|确权|融资|credit|bank|collateral|refus");
        row("001 §40", "并联", "(?i)approv|审批|parallel|并联|project|step|clock");
        row("001 §41", "并联审批", "(?i)approv|审批|parallel|并联|project|step|clock|区域评估");
        row("001 §43", "项目管家", "(?i)project|项目|steward|life cycle|ledger");
        row("003 §13", "重大项目", "(?i)project|promise|private|项目|承诺");
        row("003 §17", "应收账款", "(?i)collateral|pledge|质押|担保|receivable");
        row("003 §21", "信用融资", "(?i)credit|profile|consent|lend|bank|融资|信用");
        row("004 #9", "金融需求清单", "(?i)financ|need|bank|融资|金融|通讯录");
        row("004 #10", "信易贷", "(?i)credit|product|match|lend|融资|信易贷");
        row("004 #21", "净地", "(?i)clean|净地|land");
        row("001 §24", "区域评估", "(?i)park|assess|区域评估|园区|regional");
        row("004 #22", "单独联合验收", "(?i)accept|unit work|验收|单位工程");
        row("004 #23", "竣工验收备案", "(?i)accept|filing|验收|备案|registration|不动产");
    }

    /**
     * Citations in migrations that Flyway has applied: their checksum is frozen, so the comment stays
     * as written; what users see was corrected by the migration named.
     */
    static final Set<String> FROZEN = Set.of(
            "V10_5__policy_inspection_review_indicators.sql 000 §33",   // inspections: 000 §51 (V10_61)
            "V10_5__policy_inspection_review_indicators.sql 003 §31",   // catalogue complaints: 003 §50 (V10_61)
            "V10_5__policy_inspection_review_indicators.sql 003 §32",
            "V10_5__policy_inspection_review_indicators.sql 003 §33",
            "V10_7__inspection_on_time_indicator.sql 000 §33",           // 000 §51
            "V4_2__objection_appeals.sql 003 §37");                      // payout objections: 003 §36

    private static void row(String article, String word, String subjects) {
        ARTICLES.put(article, new String[] {word, subjects});
    }

    /** A first article, then more of the same file: "–§33", "-33", "/§29", "、§23", ", §55". */
    static final Pattern CITATION = Pattern.compile(
            "(00[0-4]) ?([§#]) ?(\\d{1,2})((?:(?: ?[–~-] ?[§#]?| ?[/、,，] ?[§#]) ?\\d{1,2}(?! ?[§#]))*)");
    static final Pattern MORE = Pattern.compile("([–~-]|[/、,，])? ?[§#]? ?(\\d{1,2})");

    @Test
    @DisplayName("issue 21: every cited article exists in its seed and is cited for its own subject")
    void everyCitationFitsItsArticle() throws IOException {
        Map<String, String> seeds = seeds();
        for (Map.Entry<String, String[]> row : ARTICLES.entrySet()) {
            String text = article(seeds, row.getKey());
            assertThat(text).as("%s exists in the seed", row.getKey()).isNotNull();
            assertThat(text).as("%s is about %s", row.getKey(), row.getValue()[0]).contains(row.getValue()[0]);
        }
        List<String> wrong = new ArrayList<>();
        int checked = 0;
        for (Path file : sources()) {
            String content = Files.readString(file, StandardCharsets.UTF_8);
            String[] lines = content.split("\n", -1);
            for (int i = 0; i < lines.length; i++) {
                Matcher m = CITATION.matcher(lines[i]);
                while (m.find()) {
                    String context = String.join(" ", List.of(lines).subList(Math.max(0, i - 3), Math.min(lines.length, i + 2)));
                    List<String> cited = expand(m);
                    boolean fits = false;
                    for (String a : cited) {
                        if (article(seeds, a) == null) {
                            wrong.add(file.getFileName() + ":" + (i + 1) + " cites " + a + ", which the seed does not have");
                            fits = true; // reported already
                            continue;
                        }
                        String[] row = ARTICLES.get(a);
                        if (row == null) {
                            wrong.add(file.getFileName() + ":" + (i + 1) + " cites " + a + ": add a row to ARTICLES after reading it");
                            fits = true;
                            continue;
                        }
                        if (FROZEN.contains(file.getFileName() + " " + a)
                                || Pattern.compile(row[1]).matcher(context).find()) {
                            fits = true;
                        }
                    }
                    checked++;
                    if (!fits) {
                        wrong.add(file.getFileName() + ":" + (i + 1) + " cites " + cited + " for: " + lines[i].strip());
                    }
                }
            }
        }
        assertThat(checked).as("citations found").isGreaterThan(150);
        assertThat(wrong).as("citations that do not fit their article").isEmpty();
    }

    @Test
    @DisplayName("the citation parser reads ranges and lists of the same file, and stops at the next file")
    void parser() {
        assertThat(parse("catalogue complaints (003 §31–§33)")).containsExactly("003 §31", "003 §32", "003 §33");
        assertThat(parse("（000 §23/§29）")).containsExactly("000 §23", "000 §29");
        assertThat(parse("（000 §23、001 §38）")).containsExactly("000 §23", "001 §38");
        assertThat(parse("004 #5-#8")).containsExactly("004 #5", "004 #6", "004 #7", "004 #8");
        assertThat(parse("(000 §22, §23, §29; 001 §13)")).containsExactly("000 §22", "000 §23", "000 §29", "001 §13");
    }

    static List<String> parse(String text) {
        List<String> all = new ArrayList<>();
        Matcher m = CITATION.matcher(text);
        while (m.find()) {
            all.addAll(expand(m));
        }
        return all;
    }

    static List<String> expand(Matcher m) {
        String file = m.group(1);
        String sign = m.group(2);
        List<String> out = new ArrayList<>();
        int last = Integer.parseInt(m.group(3));
        out.add(file + " " + sign + last);
        Matcher more = MORE.matcher(m.group(4));
        while (more.find()) {
            int n = Integer.parseInt(more.group(2));
            if (more.group(1) != null && "–~-".contains(more.group(1))) {
                for (int k = last + 1; k <= n; k++) {
                    out.add(file + " " + sign + k);
                }
            } else {
                out.add(file + " " + sign + n);
            }
            last = n;
        }
        return out;
    }

    static List<Path> sources() throws IOException {
        List<Path> files = new ArrayList<>();
        for (String root : List.of("src/main/java", "src/main/resources/db", "src/main/resources/i18n",
                "src/main/resources/templates", "src/main/resources/review", "src/test/java")) {
            try (Stream<Path> walk = Files.walk(Path.of(root))) {
                walk.filter(Files::isRegularFile)
                        .filter(p -> p.toString().matches(".*\\.(java|sql|properties|html|json)$"))
                        .filter(p -> !p.getFileName().toString().equals("CitationsTest.java"))
                        .forEach(files::add);
            }
        }
        return files;
    }

    static Map<String, String> seeds() {
        Map<String, String> seeds = new HashMap<>();
        try (Stream<Path> files = Files.list(Path.of("src/test/resources/seeds"))) {
            files.filter(p -> p.getFileName().toString().matches("00\\d_.*\\.txt"))
                    .forEach(p -> {
                        try {
                            seeds.put(p.getFileName().toString().substring(0, 3), Files.readString(p, StandardCharsets.UTF_8));
                        } catch (IOException e) {
                            throw new UncheckedIOException(e);
                        }
                    });
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return seeds;
    }

    /** The text of one article (第N条 of files 000, 001, 003) or numbered measure (N. of 002, 004), or null. */
    static String article(Map<String, String> seeds, String citation) {
        String text = seeds.get(citation.substring(0, 3));
        int n = Integer.parseInt(citation.substring(5));
        Pattern p = citation.charAt(4) == '§'
                ? Pattern.compile("(?m)^\\s*(?:\\[bookmark[^\\]]*\\])?第" + chinese(n) + "条(.*?)(?=\\n\\s*(?:\\[bookmark[^\\]]*\\])?第[一二三四五六七八九十百]+条|\\z)", Pattern.DOTALL)
                : Pattern.compile("(?m)^\\s*" + n + "[.．、](.*?)(?=\\n\\s*\\d{1,2}[.．、]|\\n[一二三四五六七八九十]+、|\\z)", Pattern.DOTALL);
        Matcher m = p.matcher(text);
        return m.find() ? m.group(1) : null;
    }

    static String chinese(int n) {
        String digits = "零一二三四五六七八九";
        if (n < 10) {
            return String.valueOf(digits.charAt(n));
        }
        String tens = n < 20 ? "十" : digits.charAt(n / 10) + "十";
        return tens + (n % 10 == 0 ? "" : String.valueOf(digits.charAt(n % 10)));
    }
}
