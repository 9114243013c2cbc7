package cn.yingshang.registry;

import static org.assertj.core.api.Assertions.assertThat;

import cn.yingshang.shared.CreditCode;
import cn.yingshang.support.PlatformTest;
import cn.yingshang.support.TestCodes;
import cn.yingshang.support.WebUser;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

@PlatformTest
class RegistryRulesTest {

    @LocalServerPort
    int port;

    @Autowired
    MarketEntities entities;

    @Autowired
    JdbcClient jdbc;

    private String register(String code, String name) {
        WebUser office = WebUser.demo(port, "office");
        var created = office.postJson("/api/v1/entities", """
                {"creditCode":"%s","name":"%s","kind":"ENTERPRISE","ownership":"PRIVATE","region":"650106",
                 "industry":"C1371","established":"2015-04-01","headcount":80,"revenue":5000,"assets":4000}""".formatted(code, name));
        assertThat(created.status()).as(created.body()).isEqualTo(201);
        return code;
    }

    private void abnormalSince(String code, LocalDate listed) {
        jdbc.sql("INSERT INTO registry_abnormal_period (entity_id, listed_on, reason) "
                        + "SELECT id, :d, '未按规定期限公示年度报告' FROM registry_market_entity WHERE credit_code = :c")
                .param("d", listed).param("c", code).update();
    }

    private void taxFilings(String code, int year, boolean filed) {
        jdbc.sql("INSERT INTO registry_tax_filing (entity_id, year, filed) SELECT id, :y, :f FROM registry_market_entity WHERE credit_code = :c")
                .param("y", year).param("f", filed).param("c", code).update();
    }

    private List<String> dormantCodes(LocalDate asOf) {
        return entities.dormantCandidates(asOf, 100_000).stream().map(e -> e.creditCode().value()).toList();
    }

    @Test
    @DisplayName("004 #3: two years on the abnormal list and two consecutive years without tax filing → dormant candidate")
    void dormantCandidate() {
        LocalDate asOf = LocalDate.of(2026, 6, 30);
        String dormant = register(TestCodes.enterprise("650106"), "僵尸候选测试有限公司");
        abnormalSince(dormant, LocalDate.of(2024, 3, 1));
        taxFilings(dormant, 2024, false);
        taxFilings(dormant, 2025, false);

        String listedTooShort = register(TestCodes.enterprise("650106"), "异常未满两年测试有限公司");
        abnormalSince(listedTooShort, LocalDate.of(2024, 9, 1));
        taxFilings(listedTooShort, 2024, false);
        taxFilings(listedTooShort, 2025, false);

        String filedOneYear = register(TestCodes.enterprise("650106"), "间断申报测试有限公司");
        abnormalSince(filedOneYear, LocalDate.of(2023, 3, 1));
        taxFilings(filedOneYear, 2023, false);
        taxFilings(filedOneYear, 2024, true);
        taxFilings(filedOneYear, 2025, false);

        assertThat(dormantCodes(asOf)).contains(dormant).doesNotContain(listedTooShort, filedOneYear);
    }

    @Test
    @DisplayName("工信部联企业〔2011〕300号: size is derived on registration and follows changed figures")
    void sizeIsDerived() {
        String code = register(TestCodes.enterprise("650106"), "规模测试食品有限公司");
        assertThat(entities.find(CreditCode.of(code)).orElseThrow().size()).hasToString("SMALL");
        WebUser office = WebUser.demo(port, "office");
        var changed = office.putJson("/api/v1/entities/" + code, """
                {"creditCode":"%s","name":"规模测试食品有限公司","kind":"ENTERPRISE","ownership":"PRIVATE","region":"650106",
                 "industry":"C1371","established":"2015-04-01","headcount":400,"revenue":30000,"assets":4000}""".formatted(code));
        assertThat(changed.body()).contains("\"size\":\"MEDIUM\"");
    }

    @Test
    @DisplayName("every write is audited with who, what, before and after")
    void writesAreAudited() {
        String code = register(TestCodes.enterprise("650106"), "审计测试有限公司");
        WebUser office = WebUser.demo(port, "office");
        office.putJson("/api/v1/entities/" + code, """
                {"creditCode":"%s","name":"审计测试（改名）有限公司","kind":"ENTERPRISE","ownership":"PRIVATE","region":"650106",
                 "industry":"C1371","established":"2015-04-01","headcount":80,"revenue":5000,"assets":4000}""".formatted(code));
        var entries = jdbc.sql("SELECT action, actor, before ->> 'name', after ->> 'name' FROM platform_audit_log "
                        + "WHERE target_type = 'market-entity' AND target_id = :c ORDER BY id")
                .param("c", code).query((rs, n) -> List.of(rs.getString(1), rs.getString(2), String.valueOf(rs.getString(3)),
                        rs.getString(4))).list();
        assertThat(entries).containsExactly(
                List.of("entity.register", "office", "null", "审计测试有限公司"),
                List.of("entity.amend", "office", "审计测试有限公司", "审计测试（改名）有限公司"));
    }

    @Test
    @DisplayName("bad input on the API is refused with a Chinese detail naming the field, and nothing is stored")
    void badInputRefused() {
        String code = TestCodes.enterprise("650106");
        WebUser office = WebUser.demo(port, "office");
        var refused = office.postJson("/api/v1/entities", """
                {"creditCode":"%s","name":"坏数据有限公司","kind":"INDIVIDUAL","ownership":"PRIVATE","region":"650106",
                 "industry":"C1371","established":"2015-04-01"}""".formatted(code));
        assertThat(refused.status()).isEqualTo(422);
        assertThat(refused.contentType()).startsWith("application/problem+json");
        assertThat(refused.body()).contains("与所选主体类型不符").contains("\"kind\"");
        assertThat(entities.find(CreditCode.of(code))).isEmpty();
    }

    @Test
    @DisplayName("the entity form shows each error next to its field and keeps what was typed")
    void formErrorsNextToFields() {
        WebUser office = WebUser.demo(port, "office");
        var page = office.postForm("/workbench/entities", java.util.Map.of("creditCode", "91650106ABC", "name", "表单测试有限公司",
                "kind", "ENTERPRISE", "ownership", "PRIVATE", "region", "650106", "industry", "C1371", "established", "2015-04-01"));
        assertThat(page.status()).isEqualTo(200);
        assertThat(page.body()).contains("id=\"creditCode-error\"").contains("value=\"表单测试有限公司\"");
    }

    @Test
    @DisplayName("the registration authority lists an entity as abnormal and removes it; the tax department records filings")
    void abnormalListAndTaxFilings() {
        String code = register(TestCodes.enterprise("650106"), "异常名录测试有限公司");
        WebUser office = WebUser.demo(port, "office");
        var listed = office.postJson("/api/v1/entities/" + code + "/abnormal-periods",
                "{\"listedOn\":\"2024-01-05\",\"reason\":\"未按规定期限公示年度报告\"}");
        assertThat(listed.status()).isEqualTo(201);
        assertThat(office.putJson("/api/v1/entities/" + code + "/tax-filings/2024", "{\"year\":2024,\"filed\":false}").status())
                .isEqualTo(200);
        var removed = office.postForm("/workbench/entities/" + code + "/abnormal/removal", java.util.Map.of("removedOn", "2025-02-01"));
        assertThat(removed.body()).contains("已移出经营异常名录");
        var periods = entities.abnormalPeriods(CreditCode.of(code));
        assertThat(periods).hasSize(1);
        assertThat(periods.getFirst().removedOn()).isEqualTo(LocalDate.of(2025, 2, 1));
        assertThat(entities.taxFilings(CreditCode.of(code))).containsExactly(new TaxFiling(2024, false));
    }
}
