package cn.yingshang.arrears;

import static org.assertj.core.api.Assertions.assertThat;

import cn.yingshang.platform.DepartmentFunction;
import cn.yingshang.platform.Departments;
import cn.yingshang.shared.RegionCode;
import cn.yingshang.support.TestCodes;
import cn.yingshang.support.WebUser;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;

/** Fresh payers, entities and claims for the arrears tests (the test database is shared and kept). */
public final class ArrearsFixtures {

    private final int port;
    private final JdbcClient jdbc;
    private final Departments departments;

    public ArrearsFixtures(int port, JdbcClient jdbc, Departments departments) {
        this.port = port;
        this.jdbc = jdbc;
        this.departments = departments;
    }

    public long marketRegulationUrumqi() {
        return departments.responsibleFor(RegionCode.of("650100"), DepartmentFunction.MARKET_REGULATION).orElseThrow().id().value();
    }

    /** A 事业单位 supervised by 乌鲁木齐市市场监督管理局 (scj.handler's department), added through the page. */
    public String newPublicInstitution(WebUser office) {
        return newPayer(office, "PUBLIC_INSTITUTION", marketRegulationUrumqi());
    }

    public String newPayer(WebUser office, String type, long department) {
        String name = "测试检验检测中心" + UUID.randomUUID().toString().substring(0, 8);
        WebUser.Response r = office.postForm("/workbench/arrears/payers", Map.of("name", name, "type", type,
                "creditCode", "", "regionCode", "650100", "supervisingDepartmentId", Long.toString(department)));
        assertThat(r.body()).contains("已登记付款方：" + name);
        return name;
    }

    public long payerId(String name) {
        return jdbc.sql("SELECT id FROM arrears_payer WHERE name = :n").param("n", name).query(Long.class).single();
    }

    /** A market entity registered by the office; null figures leave its size unknown. */
    public String newEntity(WebUser office, Integer headcount, String revenue, String assets) {
        String code = TestCodes.enterprise("650102");
        Map<String, String> form = new LinkedHashMap<>();
        form.put("creditCode", code);
        form.put("name", "测试制造有限公司" + code.substring(10, 16));
        form.put("kind", "ENTERPRISE");
        form.put("ownership", "PRIVATE");
        form.put("region", "650102");
        form.put("industry", "C1311");
        form.put("established", "2015-01-01");
        form.put("registeredCapital", "1000");
        form.put("headcount", headcount == null ? "" : headcount.toString());
        form.put("revenue", revenue == null ? "" : revenue);
        form.put("assets", assets == null ? "" : assets);
        form.put("status", "ACTIVE");
        form.put("qualifications", "");
        form.put("tags", "");
        WebUser.Response r = office.postForm("/workbench/entities", form);
        assertThat(r.uri().toString()).endsWith("/workbench/entities/" + code);
        return code;
    }

    public static String claimJson(String payeeCode, long payerId, String amount, String disputed, String deliveredOn) {
        return """
                {"payeeCreditCode": %s, "payerId": %d, "contractName": "检测设备采购合同", "amount": %s,
                 "disputedAmount": %s, "deliveredOn": "%s", "basis": "DELIVERY", "paymentMethod": "BANK_TRANSFER",
                 "practices": [], "description": "测试"}""".formatted(payeeCode == null ? "null" : "\"" + payeeCode + "\"",
                payerId, amount, disputed, deliveredOn);
    }

    public String status(long claimId) {
        return jdbc.sql("SELECT status FROM arrears_claim WHERE id = :id").param("id", claimId).query(String.class).single();
    }
}
