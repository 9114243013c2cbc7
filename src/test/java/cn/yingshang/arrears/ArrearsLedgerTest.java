package cn.yingshang.arrears;

import static org.assertj.core.api.Assertions.assertThat;

import cn.yingshang.platform.Departments;
import cn.yingshang.support.PlatformTest;
import cn.yingshang.support.WebUser;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

@PlatformTest
class ArrearsLedgerTest {

    @LocalServerPort
    int port;
    final JdbcClient jdbc;
    final Departments departments;
    final JsonMapper json;
    final Clock clock;
    final cn.yingshang.credit.GovernmentIntegrityRecords integrity;

    @Autowired
    ArrearsLedgerTest(JdbcClient jdbc, Departments departments, JsonMapper json, Clock clock,
                      cn.yingshang.credit.GovernmentIntegrityRecords integrity) {
        this.integrity = integrity;
        this.jdbc = jdbc;
        this.departments = departments;
        this.json = json;
        this.clock = clock;
    }

    ArrearsFixtures fixtures;
    WebUser office;
    LocalDate today;

    @BeforeEach
    void setUp() {
        fixtures = new ArrearsFixtures(port, jdbc, departments);
        office = WebUser.demo(port, "office");
        today = LocalDate.now(clock);
    }

    long register(WebUser who, String payee, long payerId, String amount, String disputed, LocalDate delivered) {
        WebUser.Response r = who.postJson("/api/v1/arrears/claims",
                ArrearsFixtures.claimJson(payee, payerId, amount, disputed, delivered.toString()));
        assertThat(r.status()).as(r.body()).isEqualTo(201);
        return json.readTree(r.body()).get("id").asLong();
    }

    @Test
    @DisplayName("国令802号 Art. 2: the payee must be an SME — a large enterprise or one of unknown size is refused with a clear message")
    void payeeMustBeSme() {
        long payer = fixtures.payerId(fixtures.newPublicInstitution(office));
        String large = fixtures.newEntity(office, 3000, "90000", "80000");
        String unknown = fixtures.newEntity(office, null, null, null);
        String small = fixtures.newEntity(office, 50, "2000", "1500");

        WebUser.Response refusedLarge = office.postJson("/api/v1/arrears/claims",
                ArrearsFixtures.claimJson(large, payer, "50000", "0", today.minusDays(5).toString()));
        assertThat(refusedLarge.status()).isEqualTo(422);
        assertThat(json.readTree(refusedLarge.body()).get("detail").asString()).contains("大型企业").contains("不适用");

        WebUser.Response refusedUnknown = office.postJson("/api/v1/arrears/claims",
                ArrearsFixtures.claimJson(unknown, payer, "50000", "0", today.minusDays(5).toString()));
        assertThat(refusedUnknown.status()).isEqualTo(422);
        assertThat(json.readTree(refusedUnknown.body()).get("detail").asString()).contains("规模未知");

        long id = register(office, small, payer, "50000", "0", today.minusDays(5));
        assertThat(fixtures.status(id)).isEqualTo("REPORTED");
    }

    @Test
    @DisplayName("国令802号 Art. 9: a large enterprise may be the payer (60 days), an SME may not")
    void payerMustBePublicBodyOrLargeEnterprise() {
        String large = fixtures.newEntity(office, 3000, "90000", "80000");
        String sme = fixtures.newEntity(office, 50, "2000", "1500");
        String payee = fixtures.newEntity(office, 30, "800", "600");
        String body = """
                {"payeeCreditCode": "%s", "payerCreditCode": "%s", "contractName": "零部件供货", "amount": 80000,
                 "deliveredOn": "%s", "basis": "DELIVERY"}""";
        WebUser.Response refused = office.postJson("/api/v1/arrears/claims", body.formatted(payee, sme, today.minusDays(3)));
        assertThat(refused.status()).isEqualTo(422);
        assertThat(refused.body()).contains("不是大型企业");

        WebUser.Response ok = office.postJson("/api/v1/arrears/claims", body.formatted(payee, large, today.minusDays(3)));
        assertThat(ok.status()).as(ok.body()).isEqualTo(201);
        JsonNode claim = json.readTree(ok.body());
        assertThat(claim.get("payerType").asString()).isEqualTo("LARGE_ENTERPRISE");
        assertThat(LocalDate.parse(claim.get("dueOn").asString())).isAfterOrEqualTo(today.minusDays(3).plusDays(60));
    }

    @Test
    @DisplayName("003 §53: a claim that payment waits for a third party's payment is taken against any payer, and the practice is flagged")
    void paidWhenPaidByAnyOperator() {
        String sme = fixtures.newEntity(office, 50, "2000", "1500");
        String payee = fixtures.newEntity(office, 30, "800", "600");
        WebUser.Response ok = office.postJson("/api/v1/arrears/claims", """
                {"payeeCreditCode": "%s", "payerCreditCode": "%s", "contractName": "分包工程款", "amount": 50000,
                 "deliveredOn": "%s", "basis": "DELIVERY", "practices": ["PAID_WHEN_PAID"]}""".formatted(payee, sme, today.minusDays(3)));
        assertThat(ok.status()).as(ok.body()).isEqualTo(201);
        JsonNode claim = json.readTree(ok.body());
        assertThat(claim.get("payerType").asString()).isEqualTo("OTHER_OPERATOR");
        assertThat(ok.body()).contains("PAID_WHEN_PAID");
    }

    @Test
    @DisplayName("国令802号 Art. 16: only the payer's supervising department (or the office) confirms a receivable; an enterprise sees only its own claims")
    void onlySupervisingDepartmentConfirms() {
        long payer = fixtures.payerId(fixtures.newPublicInstitution(office));
        WebUser enterprise = WebUser.demo(port, "enterprise1");
        long id = register(enterprise, null, payer, "120000", "0", today.minusDays(10));

        WebUser.Response claim = enterprise.getJson("/api/v1/arrears/claims/" + id);
        assertThat(claim.status()).isEqualTo(200);
        assertThat(LocalDate.parse(json.readTree(claim.body()).get("confirmBy").asString())).isAfterOrEqualTo(today.plusDays(30));
        assertThat(WebUser.demo(port, "enterprise2").getJson("/api/v1/arrears/claims/" + id).status()).isEqualTo(403);

        assertThat(WebUser.demo(port, "rsj.handler").postJson("/api/v1/arrears/claims/" + id + "/confirmation", "{}").status())
                .isEqualTo(403);
        WebUser.Response confirmed = WebUser.demo(port, "scj.handler").postJson("/api/v1/arrears/claims/" + id + "/confirmation", "{}");
        assertThat(confirmed.status()).as(confirmed.body()).isEqualTo(200);
        assertThat(json.readTree(confirmed.body()).get("status").asString()).isEqualTo("CONFIRMED");
    }

    @Test
    @DisplayName("国令802号 Art. 15: the undisputed part is tracked separately; the claim settles only once the dispute is decided and paid")
    void undisputedPartTrackedSeparately() {
        long payer = fixtures.payerId(fixtures.newPublicInstitution(office));
        String payee = fixtures.newEntity(office, 40, "1500", "900");
        long id = register(office, payee, payer, "100000", "30000", today.minusDays(50));
        WebUser scj = WebUser.demo(port, "scj.handler");
        scj.postJson("/api/v1/arrears/claims/" + id + "/confirmation", "{}");

        JsonNode before = json.readTree(scj.getJson("/api/v1/arrears/claims/" + id).body());
        // due 20 days ago: interest runs on the undisputed 70 000 only, 0.05 % a day
        long days = before.get("daysOverdue").asLong();
        assertThat(days).isGreaterThan(0);
        assertThat(before.get("interest").decimalValue()).isEqualByComparingTo(
                new java.math.BigDecimal("70000").multiply(new java.math.BigDecimal("0.0005")).multiply(java.math.BigDecimal.valueOf(days)));

        WebUser.Response paid = scj.postJson("/api/v1/arrears/claims/" + id + "/payments",
                "{\"paidOn\": \"%s\", \"amount\": 70000, \"method\": \"BANK_TRANSFER\"}".formatted(today));
        assertThat(json.readTree(paid.body()).get("status").asString()).isEqualTo("CONFIRMED");
        assertThat(json.readTree(paid.body()).get("daysOverdue").asLong()).isZero();

        scj.postForm("/workbench/arrears/" + id + "/dispute", Map.of("owedOfDisputed", "10000"));
        JsonNode resolved = json.readTree(scj.getJson("/api/v1/arrears/claims/" + id).body());
        assertThat(resolved.get("amount").decimalValue()).isEqualByComparingTo("80000");
        assertThat(resolved.get("outstanding").decimalValue()).isEqualByComparingTo("10000");

        scj.postJson("/api/v1/arrears/claims/" + id + "/payments",
                "{\"paidOn\": \"%s\", \"amount\": 10000, \"method\": \"BANK_TRANSFER\"}".formatted(today));
        assertThat(fixtures.status(id)).isEqualTo("SETTLED");
    }

    @Test
    @DisplayName("003 §54, 003 §55: an overdue claim is reminded, climbs to the office after 30 days and feeds government integrity once; the daily job is idempotent")
    void overdueClaimsClimbToTheOffice() {
        long payer = fixtures.payerId(fixtures.newPublicInstitution(office));
        String payee = fixtures.newEntity(office, 40, "1500", "900");
        long id = register(office, payee, payer, "64000", "0", today.minusDays(100));
        WebUser.demo(port, "scj.handler").postJson("/api/v1/arrears/claims/" + id + "/confirmation", "{}");

        office.postForm("/workbench/arrears/watch", Map.of());
        office.postForm("/workbench/arrears/watch", Map.of());

        assertThat(jdbc.sql("SELECT step FROM arrears_supervision WHERE claim_id = :id ORDER BY step").param("id", id)
                .query(String.class).list()).containsExactly("OVERDUE", "OVERDUE_OFFICE");
        assertThat(jdbc.sql("SELECT count(*) FROM arrears_integrity_feed WHERE claim_id = :id").param("id", id)
                .query(Long.class).single()).isEqualTo(1);
        assertThat(jdbc.sql("""
                        SELECT count(*) FROM platform_notification WHERE recipient_type = 'ROLE' AND recipient_key = 'OFFICE'
                          AND title LIKE :t""").param("t", "超期上报：QK%-" + String.format("%06d", id))
                .query(Long.class).single()).isEqualTo(1);
    }

    @Test
    @DisplayName("003 §55: a public body's overdue claim becomes a government-integrity record in credit, resolved once paid")
    void overdueClaimFeedsGovernmentIntegrity() throws InterruptedException {
        String payerName = fixtures.newPublicInstitution(office);
        long payer = fixtures.payerId(payerName);
        String payee = fixtures.newEntity(office, 40, "1500", "900");
        long id = register(office, payee, payer, "52000", "0", today.minusDays(45));
        office.postJson("/api/v1/arrears/claims/" + id + "/confirmation", "{}");
        office.postForm("/workbench/arrears/watch", Map.of());

        awaitUntil(() -> integrity.unresolved("6501", 1000).stream().anyMatch(r -> r.bodyName().equals(payerName)));
        var record = integrity.unresolved("6501", 1000).stream().filter(r -> r.bodyName().equals(payerName)).findFirst().orElseThrow();
        assertThat(record.kind()).isEqualTo(cn.yingshang.credit.GovernmentDishonestyKind.ARREARS);
        assertThat(record.amount()).isEqualByComparingTo("52000");

        office.postJson("/api/v1/arrears/claims/" + id + "/payments",
                "{\"paidOn\": \"%s\", \"amount\": 52000, \"method\": \"BANK_TRANSFER\"}".formatted(today));
        awaitUntil(() -> integrity.unresolved("6501", 1000).stream().noneMatch(r -> r.bodyName().equals(payerName)));
    }

    static void awaitUntil(java.util.function.BooleanSupplier condition) throws InterruptedException {
        org.awaitility.Awaitility.await().atMost(java.time.Duration.ofSeconds(15)).until(condition::getAsBoolean);
    }

    @Test
    @DisplayName("国令802号 Art. 18: the office sees last year's overdue figures per public body and publishes them on 信息公开")
    void yearlyPublication() {
        int year = today.getYear() - 1;
        String name = fixtures.newPublicInstitution(office);
        long payer = fixtures.payerId(name);
        String payee = fixtures.newEntity(office, 40, "1500", "900");
        register(office, payee, payer, "33000", "0", LocalDate.of(year, 3, 3));

        String draft = office.get("/workbench/arrears/publicity?year=" + year).body();
        assertThat(draft).contains(name).contains("3.3 万元");
        office.postForm("/workbench/arrears/publicity", Map.of("year", Integer.toString(year)));
        assertThat(WebUser.anonymous(port).get("/public/arrears?year=" + year).body())
                .contains(year + " 年度机关、事业单位逾期未支付中小企业款项情况");
        assertThat(office.postForm("/workbench/arrears/publicity", Map.of("year", Integer.toString(year))).body())
                .contains("已经公开");
    }

    @Test
    @DisplayName("figures by payer type, department, region and month with clearance rate, as a page with a chart and as an Excel file")
    void figuresAndExport() {
        WebUser.Response page = office.get("/workbench/arrears/figures");
        assertThat(page.status()).isEqualTo(200);
        assertThat(page.body()).contains("清偿率").contains("arrears-chart").contains("按付款方类型").contains("按登记月份");
        WebUser.Response xlsx = office.get("/workbench/arrears/figures.xlsx");
        assertThat(xlsx.status()).isEqualTo(200);
        assertThat(xlsx.contentType()).contains("spreadsheetml");
        assertThat(xlsx.body()).startsWith("PK");
        assertThat(WebUser.demo(port, "enterprise1").get("/workbench/arrears/figures").status()).isEqualTo(403);
    }

    @Test
    @DisplayName("004 #37 回头看: an SME that did not really receive the money says so; the claim is owed again and a supervision order goes out")
    void followUpFindsMoneyNotReceived() {
        long payer = fixtures.payerId(fixtures.newPublicInstitution(office));
        WebUser enterprise = WebUser.demo(port, "enterprise1");
        long id = register(enterprise, null, payer, "20000", "0", today.minusDays(5));
        WebUser scj = WebUser.demo(port, "scj.handler");
        scj.postJson("/api/v1/arrears/claims/" + id + "/confirmation", "{}");
        scj.postJson("/api/v1/arrears/claims/" + id + "/payments",
                "{\"paidOn\": \"%s\", \"amount\": 20000, \"method\": \"BANK_TRANSFER\"}".formatted(today));
        scj.postForm("/workbench/arrears/" + id + "/follow-up", Map.of());
        assertThat(fixtures.status(id)).isEqualTo("FOLLOW_UP");

        assertThat(WebUser.demo(port, "enterprise2").postForm("/enterprise/arrears/" + id + "/follow-up",
                Map.of("received", "YES")).status()).isEqualTo(403);
        assertThat(fixtures.status(id)).isEqualTo("FOLLOW_UP");

        enterprise.postForm("/enterprise/arrears/" + id + "/follow-up", Map.of("received", "NO", "receivedAmount", "5000",
                "note", "只收到五千元"));
        JsonNode reopened = json.readTree(scj.getJson("/api/v1/arrears/claims/" + id).body());
        assertThat(reopened.get("status").asString()).isEqualTo("CONFIRMED");
        assertThat(reopened.get("outstanding").decimalValue()).isEqualByComparingTo("15000");
        assertThat(jdbc.sql("SELECT kind FROM arrears_supervision WHERE claim_id = :id").param("id", id).query(String.class).list())
                .containsExactly("ORDER");
    }

    @Test
    @DisplayName("003 §54: departments remind, only the office issues supervision orders and exposes a malicious case on 信息公开 after review")
    void supervisionAndExposure() {
        long payer = fixtures.payerId(fixtures.newPublicInstitution(office));
        String payee = fixtures.newEntity(office, 40, "1500", "900");
        long id = register(office, payee, payer, "77000", "0", today.minusDays(90));
        WebUser scj = WebUser.demo(port, "scj.handler");
        scj.postJson("/api/v1/arrears/claims/" + id + "/confirmation", "{}");

        assertThat(scj.postForm("/workbench/arrears/" + id + "/supervise", Map.of("kind", "REMINDER", "note", "请尽快付款")).status())
                .isEqualTo(200);
        assertThat(scj.postForm("/workbench/arrears/" + id + "/supervise", Map.of("kind", "ORDER", "note", "督办")).status())
                .isEqualTo(403);
        assertThat(scj.postForm("/workbench/arrears/" + id + "/expose", Map.of("exposureNote", "x")).status()).isEqualTo(403);

        String refused = office.postForm("/workbench/arrears/" + id + "/expose", Map.of("exposureNote", "太短")).body();
        assertThat(refused).contains("不少于10个字");
        String note = "经审查，该单位资金已到位仍以内部流程为由拒付，认定为恶意拖欠" + id;
        office.postForm("/workbench/arrears/" + id + "/expose", Map.of("exposureNote", note));
        assertThat(WebUser.anonymous(port).get("/public/arrears").body()).contains(note);
    }

    @Test
    @DisplayName("国令802号 Art. 11, 003 §53: a payment in commercial bills where the contract agreed a bank transfer is flagged")
    void billsOutsideAgreedMethodAreFlagged() {
        long payer = fixtures.payerId(fixtures.newPublicInstitution(office));
        String payee = fixtures.newEntity(office, 40, "1500", "900");
        long id = register(office, payee, payer, "30000", "0", today.minusDays(3));
        office.postJson("/api/v1/arrears/claims/" + id + "/confirmation", "{}");
        JsonNode cash = json.readTree(office.postJson("/api/v1/arrears/claims/" + id + "/payments",
                "{\"paidOn\": \"%s\", \"amount\": 10000, \"method\": \"BANK_TRANSFER\"}".formatted(today)).body());
        assertThat(cash.get("violations").toString()).doesNotContain("FORCED_COMMERCIAL_BILLS");
        JsonNode bills = json.readTree(office.postJson("/api/v1/arrears/claims/" + id + "/payments",
                "{\"paidOn\": \"%s\", \"amount\": 10000, \"method\": \"COMMERCIAL_BILL\"}".formatted(today)).body());
        assertThat(bills.get("violations").toString()).contains("FORCED_COMMERCIAL_BILLS");
    }
}
