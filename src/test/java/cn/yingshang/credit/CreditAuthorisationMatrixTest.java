package cn.yingshang.credit;

import static org.assertj.core.api.Assertions.assertThat;

import cn.yingshang.platform.Accounts;
import cn.yingshang.support.Authorisation;
import cn.yingshang.support.PlatformTest;
import cn.yingshang.support.WebUser;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Stream;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Object-level authorisation of credit repair (issue 13; 003 §45 谁处罚、谁修复 — the rule lives in
 * {@code CreditRepairs.maySee}/{@code open}): only the department that imposed the record (or an
 * administrator) reads and decides an application; an enterprise applies only for its own records,
 * and another enterprise's record is not found at all (404), so its existence does not leak.
 * The record here is a penalty of 乌鲁木齐市市场监管局 on enterprise1.
 */
@PlatformTest
class CreditAuthorisationMatrixTest {

    enum Action { READ, REFUSE, APPROVE, REPAIR_FORM }

    enum Expect { ALLOWED, REFUSED, NOT_FOUND }

    static Stream<Arguments> matrix() {
        return Stream.of(
                // who            action               expected
                row("scj.handler", Action.READ,        Expect.ALLOWED),   // the department that imposed it
                row("scj.handler", Action.REFUSE,      Expect.ALLOWED),
                row("scj.handler", Action.APPROVE,     Expect.ALLOWED),
                row("scj.leader",  Action.READ,        Expect.ALLOWED),
                row("scj.leader",  Action.APPROVE,     Expect.ALLOWED),
                row("rsj.handler", Action.READ,        Expect.REFUSED),   // another department
                row("rsj.handler", Action.REFUSE,      Expect.REFUSED),
                row("rsj.handler", Action.APPROVE,     Expect.REFUSED),
                row("tax.handler", Action.APPROVE,     Expect.REFUSED),
                row("office",      Action.READ,        Expect.REFUSED),   // 谁处罚、谁修复: not the office
                row("office",      Action.APPROVE,     Expect.REFUSED),
                row("admin",       Action.READ,        Expect.ALLOWED),
                row("supervisor",  Action.READ,        Expect.REFUSED),
                row("supervisor",  Action.APPROVE,     Expect.REFUSED),
                row("inspector1",  Action.APPROVE,     Expect.REFUSED),
                row("enterprise1", Action.REPAIR_FORM, Expect.ALLOWED),   // its own record
                row("enterprise1", Action.APPROVE,     Expect.REFUSED),
                row("enterprise2", Action.REPAIR_FORM, Expect.NOT_FOUND), // another enterprise's record
                row("enterprise2", Action.READ,        Expect.REFUSED));
    }

    private static Arguments row(String who, Action action, Expect expected) {
        return Arguments.of(who, action, expected);
    }

    @LocalServerPort
    int port;
    @Autowired
    CreditRecords records;
    @Autowired
    Accounts accounts;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    Clock clock;

    record Repair(long recordId, long applicationId) {
    }

    @ParameterizedTest(name = "{0} · {1} → {2}")
    @MethodSource("matrix")
    @DisplayName("credit: who may read and decide whose repair application")
    void rule(String who, Action action, Expect expected) {
        Repair repair = newRepair();
        WebUser user = WebUser.demo(port, who);
        String path = "/workbench/credit/repairs/" + repair.applicationId();
        WebUser.Response r = switch (action) {
            case READ -> user.get(path);
            case REFUSE -> user.postForm(path + "/refusal", Map.of("reasons", ""));
            case APPROVE -> user.postForm(path + "/approval", Map.of("note", "矩阵"));
            case REPAIR_FORM -> user.get("/enterprise/credit/repair?record=" + repair.recordId());
        };
        switch (expected) {
            case ALLOWED -> {
                Authorisation.assertAllowed(r);
                if (action == Action.REFUSE) {
                    assertThat(r.body()).contains("不予修复须说明理由");
                }
            }
            case REFUSED -> Authorisation.assertRefused(r);
            case NOT_FOUND -> Authorisation.assertNotFound(r);
        }
        assertThat(status(repair)).isEqualTo(expected == Expect.ALLOWED && action == Action.APPROVE ? "APPROVED" : "SUBMITTED");
    }

    private String status(Repair repair) {
        return jdbc.sql("SELECT status FROM credit_repair_application WHERE id = :id").param("id", repair.applicationId())
                .query(String.class).single();
    }

    /** A fresh ordinary penalty of scj on enterprise1, past its three months, with enterprise1's repair application. */
    private Repair newRepair() {
        String code = accounts.byUsername("enterprise1").orElseThrow().creditCode();
        String marker = UUID.randomUUID().toString().substring(0, 8).toUpperCase();
        long recordId = records.record(new NewCreditRecord(code, CreditRecordKind.PENALTY, "650100-MARKET_REGULATION",
                "MATRIX-" + marker, "乌市监罚〔2025〕" + marker + "号", LocalDate.now(clock).minusMonths(3).minusDays(5),
                Severity.ORDINARY, "未按规定明码标价"));
        WebUser.Response applied = WebUser.demo(port, "enterprise1").postForm("/enterprise/credit/repair", Map.of(
                "recordId", String.valueOf(recordId), "evidence", "已于整改期限内完成明码标价整改，附整改报告和现场照片。",
                "commitment", "本单位承诺已纠正上述失信行为、履行相关义务，所提交材料真实有效。"));
        assertThat(applied.body()).contains("已提交信用修复申请");
        long application = jdbc.sql("SELECT id FROM credit_repair_application WHERE record_id = :r AND status = 'SUBMITTED'")
                .param("r", recordId).query(Long.class).single();
        return new Repair(recordId, application);
    }
}
