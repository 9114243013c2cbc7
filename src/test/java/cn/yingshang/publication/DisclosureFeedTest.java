package cn.yingshang.publication;

import static org.assertj.core.api.Assertions.assertThat;

import cn.yingshang.credit.CreditRecordKind;
import cn.yingshang.credit.CreditRecords;
import cn.yingshang.credit.NewCreditRecord;
import cn.yingshang.credit.Severity;
import cn.yingshang.platform.Accounts;
import cn.yingshang.platform.TabularFile;
import cn.yingshang.reference.WorkingCalendars;
import cn.yingshang.registry.MarketEntities;
import cn.yingshang.registry.MarketEntity;
import cn.yingshang.shared.CreditCode;
import cn.yingshang.shared.RegionCode;
import cn.yingshang.support.PlatformTest;
import cn.yingshang.support.TestCodes;
import cn.yingshang.support.WebUser;
import java.net.URLDecoder;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.function.Predicate;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

@PlatformTest
class DisclosureFeedTest {

    static final JsonMapper JSON = JsonMapper.builder().build();

    @LocalServerPort
    int port;
    final CreditRecords credit;
    final MarketEntities entities;
    final Accounts accounts;
    final WorkingCalendars calendars;
    final JdbcClient jdbc;
    final Clock clock;
    final PublicationFigures figures;

    @Autowired
    DisclosureFeedTest(CreditRecords credit, MarketEntities entities, Accounts accounts, WorkingCalendars calendars, JdbcClient jdbc,
                       Clock clock, PublicationFigures figures) {
        this.figures = figures;
        this.credit = credit;
        this.entities = entities;
        this.accounts = accounts;
        this.calendars = calendars;
        this.jdbc = jdbc;
        this.clock = clock;
    }

    long cursorNow() {
        return jdbc.sql("SELECT coalesce(max(change_seq), 0) FROM publication_decision").query(Long.class).single();
    }

    static JsonNode parse(WebUser.Response r) {
        assertThat(r.status()).as(r.body()).isBetween(200, 299);
        return JSON.readTree(r.body());
    }

    /** Reads the feed from {@code after} to its end, page by page, until an item matches (the intake is asynchronous). */
    List<JsonNode> readUntil(WebUser reader, long after, Predicate<JsonNode> wanted) throws InterruptedException {
        return org.awaitility.Awaitility.await("a matching item in the feed").atMost(Duration.ofSeconds(30))
                .pollInterval(Duration.ofMillis(200))
                .until(() -> readToEnd(reader, after), items -> items.stream().anyMatch(wanted));
    }

    private List<JsonNode> readToEnd(WebUser reader, long after) {
        List<JsonNode> items = new ArrayList<>();
        String cursor = String.valueOf(after);
        boolean more = true;
        while (more) {
            JsonNode page = parse(reader.getJson("/api/v1/disclosures?after=" + cursor + "&limit=2"));
            page.get("items").forEach(items::add);
            cursor = page.get("nextCursor").asString();
            more = page.get("more").asBoolean();
        }
        return items;
    }

    String registerEntity(WebUser office) {
        String code = TestCodes.enterprise("650102");
        parse(office.postJson("/api/v1/entities", """
                {"creditCode":"%s","name":"测试%s双公示商贸有限公司","kind":"ENTERPRISE","ownership":"PRIVATE","region":"650102","industry":"I6513",
                 "established":"2019-03-01","registeredCapital":100,"headcount":25,"revenue":600,"assets":700,
                 "status":"ACTIVE","qualifications":[],"tags":[]}""".formatted(code, code.substring(10, 16))));
        return code;
    }

    @Test
    @DisplayName("双公示: a granted licence and a penalty record reach the feed in the national standard's fields, due 7 working days after the decision, with a change cursor, a daily CSV with a Chinese file name, and an on-time figure")
    void licencesAndPenaltiesArePublished() throws Exception {
        LocalDate today = LocalDate.now(clock);
        WebUser office = WebUser.demo(port, "office");
        long start = cursorNow();

        // an administrative licence: 企业设立登记 granted to enterprise1
        WebUser enterprise = WebUser.demo(port, "enterprise1");
        MarketEntity e1 = entities.find(CreditCode.of(accounts.byUsername("enterprise1").orElseThrow().creditCode())).orElseThrow();
        long guide = parse(WebUser.anonymous(port).getJson("/api/v1/public/service-items?q="
                + URLEncoder.encode("SVC-SC-003", StandardCharsets.UTF_8))).get(0).get("id").asLong();
        long serviceCase = parse(enterprise.postJson("/api/v1/service-cases",
                "{\"guideId\":" + guide + ",\"requestKey\":\"" + UUID.randomUUID() + "\"}")).get("id").asLong();
        WebUser handler = WebUser.demo(port, "scj.handler");
        parse(handler.postJson("/api/v1/service-cases/" + serviceCase + "/acceptance", "{}"));
        parse(handler.postJson("/api/v1/service-cases/" + serviceCase + "/decision", "{\"grant\":true}"));
        String licence = parse(enterprise.getJson("/api/v1/service-cases/" + serviceCase)).get("licenceCode").asString();

        // two penalties: one decided yesterday (on time), one decided 40 days ago and reported only now (late)
        String punished = registerEntity(office);
        String onTimeNumber = "乌市监罚〔2026〕" + UUID.randomUUID().toString().substring(0, 6) + "号";
        String lateNumber = "乌市监罚〔2026〕" + UUID.randomUUID().toString().substring(0, 6) + "号";
        LocalDate lateDay = today.minusDays(40);
        credit.record(new NewCreditRecord(punished, CreditRecordKind.PENALTY, "650100-MARKET_REGULATION", onTimeNumber,
                "《中华人民共和国反不正当竞争法》第二十条", today.minusDays(1), Severity.ORDINARY, "虚假宣传，罚款人民币二万元"));
        credit.record(new NewCreditRecord(punished, CreditRecordKind.PENALTY, "650100-MARKET_REGULATION", lateNumber,
                "《中华人民共和国广告法》第五十五条", lateDay, Severity.ORDINARY, "发布虚假广告，罚款人民币三万元"));

        List<JsonNode> items = readUntil(office, start, i -> i.get("sourceId").asString().equals("case-" + serviceCase))
                .stream().toList();
        items = readUntil(office, start, i -> i.get("fields").get("decisionNumber") != null
                && i.get("fields").get("decisionNumber").asString().equals(lateNumber));
        JsonNode granted = items.stream().filter(i -> i.get("sourceId").asString().equals("case-" + serviceCase)).findFirst().orElseThrow();
        assertThat(granted.get("kind").asString()).isEqualTo("LICENSING");
        JsonNode f = granted.get("fields");
        assertThat(f.get("subjectName").asString()).isEqualTo(e1.name());
        assertThat(f.get("creditCode").asString()).isEqualTo(e1.creditCode().value());
        assertThat(f.get("certificateNumber").asString()).isEqualTo(licence);
        assertThat(f.get("licenceCategory").asString()).isEqualTo("登记");
        assertThat(f.get("content").asString()).contains("企业设立登记");
        assertThat(f.get("decidedOn").asString()).isEqualTo(today.toString());
        assertThat(f.has("legalRepresentative") && f.has("validUntil") && f.has("authorityCreditCode")).isTrue();
        assertThat(granted.get("dueOn").asString())
                .isEqualTo(calendars.forRegion(e1.region()).addWorkingDays(today, 7).toString());
        assertThat(granted.get("onTime").asBoolean()).isTrue();

        JsonNode late = items.stream().filter(i -> lateNumber.equals(text(i, "decisionNumber"))).findFirst().orElseThrow();
        assertThat(late.get("kind").asString()).isEqualTo("PENALTY");
        assertThat(late.get("fields").get("basis").asString()).isEqualTo("《中华人民共和国广告法》第五十五条");
        assertThat(late.get("fields").get("authority").asString()).isNotBlank();
        assertThat(late.get("dueOn").asString())
                .isEqualTo(calendars.forRegion(RegionCode.of("650102")).addWorkingDays(lateDay, 7).toString());
        assertThat(late.get("onTime").asBoolean()).isFalse();
        assertThat(items.stream().filter(i -> onTimeNumber.equals(text(i, "decisionNumber"))).findFirst().orElseThrow()
                .get("onTime").asBoolean()).isTrue();
        // the cursor walks each change once
        assertThat(items.stream().map(i -> i.get("cursor").asString()).distinct().count()).isEqualTo(items.size());

        JsonNode figure = parse(office.getJson("/api/v1/disclosures/on-time?from=" + lateDay + "&to=" + lateDay));
        assertThat(figure.get("published").asLong()).isPositive();
        assertThat(figure.get("publishedOnTime").asLong()).isLessThan(figure.get("published").asLong());

        // the same figure per region for the cockpit, whose indicator divides them
        PublicationFigures.RegionFigure region = figures.byRegion(lateDay, lateDay).stream()
                .filter(r -> r.region().code().equals("650102")).findFirst().orElseThrow();
        assertThat(region.published()).isGreaterThan(region.publishedOnTime());
        assertThat(figures.cases(lateDay, lateDay, RegionCode.of("650100"), false, 0, 50).items())
                .anyMatch(c -> c.reference().equals(lateNumber) && !c.onTime());
        assertThat(jdbc.sql("SELECT numerator || '/' || denominator FROM cockpit_indicator WHERE code = 'publication.on-time'")
                .query(String.class).single()).isEqualTo("published-on-time/published");

        // the daily file: a CSV attachment named in Chinese, headed by the standard's columns
        WebUser.Response file = office.get("/workbench/disclosures/download?kind=PENALTY&day=" + today);
        assertThat(file.status()).isEqualTo(200);
        String disposition = file.headers().firstValue("Content-Disposition").orElseThrow();
        assertThat(disposition).startsWith("attachment");
        assertThat(URLDecoder.decode(disposition.replaceAll(".*filename\\*=UTF-8''", ""), StandardCharsets.UTF_8))
                .isEqualTo("双公示-行政处罚-" + today + ".csv");
        List<TabularFile.Line> lines = TabularFile.csv(file.body());
        assertThat(lines.getFirst().cells()).contains("行政相对人名称", "统一社会信用代码", "行政处罚决定书文号", "处罚依据",
                "罚款金额（万元）", "处罚决定日期", "公示截止期", "处罚机关");
        assertThat(lines).anyMatch(l -> l.cells().contains(lateNumber) && l.cells().contains(punished));
        assertThat(office.get("/workbench/disclosures").body()).contains("按期公示率", "双公示");
    }

    static String text(JsonNode item, String field) {
        JsonNode v = item.get("fields").get(field);
        return v == null ? null : v.asString();
    }

    @Test
    @DisplayName("双公示: the feed and its page are for the business-environment office and administrators only")
    void onlyTheOfficeReadsTheFeed() {
        assertThat(WebUser.demo(port, "office").getJson("/api/v1/disclosures?limit=1").status()).isEqualTo(200);
        assertThat(WebUser.demo(port, "admin").get("/workbench/disclosures").status()).isEqualTo(200);
        assertThat(WebUser.demo(port, "scj.handler").getJson("/api/v1/disclosures").status()).isEqualTo(403);
        assertThat(WebUser.demo(port, "scj.handler").get("/workbench/disclosures").status()).isEqualTo(403);
        assertThat(WebUser.demo(port, "enterprise1").getJson("/api/v1/disclosures").status()).isEqualTo(403);
        assertThat(WebUser.demo(port, "enterprise1").get("/workbench/disclosures/download?kind=PENALTY&day=2026-01-05").status())
                .isEqualTo(403);
        assertThat(WebUser.anonymous(port).getJson("/api/v1/disclosures").status()).isEqualTo(401);
        WebUser.Response bad = WebUser.demo(port, "office").getJson("/api/v1/disclosures?limit=5000");
        assertThat(bad.status()).isEqualTo(422);
        assertThat(bad.contentType()).contains("application/problem+json");
    }
}
