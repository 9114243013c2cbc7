package cn.yingshang.inspection;

import static org.assertj.core.api.Assertions.assertThat;

import cn.yingshang.platform.Accounts;
import cn.yingshang.platform.Department;
import cn.yingshang.platform.DepartmentFunction;
import cn.yingshang.platform.Departments;
import cn.yingshang.platform.Role;
import cn.yingshang.shared.RegionCode;
import cn.yingshang.support.TestCodes;
import cn.yingshang.support.WebUser;
import java.util.List;
import java.util.concurrent.ThreadLocalRandom;
import java.util.stream.Collectors;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** Fresh data for inspection tests through the real API (the test database persists between runs). */
final class InspectionFixtures {

    private final WebUser office;
    private final Accounts accounts;
    private final Departments departments;
    private final JsonMapper json;

    InspectionFixtures(WebUser office, Accounts accounts, Departments departments, JsonMapper json) {
        this.office = office;
        this.accounts = accounts;
        this.departments = departments;
        this.json = json;
    }

    JsonNode parse(WebUser.Response response) {
        assertThat(response.status()).as(response.body()).isBetween(200, 299);
        return json.readTree(response.body());
    }

    Department department(String region, DepartmentFunction function) {
        return departments.responsibleFor(RegionCode.of(region), function).orElseThrow();
    }

    String entity(String region, String industry, String name) {
        String code = TestCodes.enterprise(region);
        parse(office.postJson("/api/v1/entities", """
                {"creditCode":"%s","name":"%s","kind":"ENTERPRISE","ownership":"PRIVATE","region":"%s","industry":"%s",
                 "established":"2020-03-01","registeredCapital":100,"headcount":12,"revenue":150,"assets":120,"status":"ACTIVE",
                 "qualifications":[],"tags":[]}""".formatted(code, uniqueName(code, name), region, industry)));
        return code;
    }

    /**
     * Unique within its first eight characters, so searches by a fragment of a name (the registry's
     * browser test takes characters 4–8) never match dozens of earlier test entities.
     */
    static String uniqueName(String code, String name) {
        return "测试" + code.substring(10, 16) + name;
    }

    /** A new inspector account (password Demo@2025) registered in the pool with a fresh certificate. */
    String inspector(Department department) {
        String username = "insp" + Long.toString(System.nanoTime(), 36) + ThreadLocalRandom.current().nextInt(1000);
        accounts.createDemoAccount(new Accounts.NewAccount(username, "Demo@2025", "检查员" + username.substring(4, 9), Role.INSPECTOR,
                department.id(), null, null));
        String certificate = "T" + Long.toString(System.nanoTime(), 36).toUpperCase() + ThreadLocalRandom.current().nextInt(1000);
        parse(office.postJson("/api/v1/inspections/inspectors", """
                {"username":"%s","certificateNo":"%s"}""".formatted(username, certificate)));
        return username;
    }

    long item(Department department, String name, String region, String industry, boolean key, boolean publish) {
        JsonNode item = parse(office.postJson("/api/v1/inspections/items", """
                {"departmentId":%d,"name":"%s","basis":"测试依据第一条","method":"现场检查","scopeRegion":"%s","scopeIndustry":"%s",
                 "scopeKinds":[],"keySupervision":%s}""".formatted(department.id().value(), name, region, industry, key)));
        long id = item.get("id").asLong();
        if (publish) {
            parse(office.postJson("/api/v1/inspections/items/" + id + "/publish", "{}"));
        }
        return id;
    }

    WebUser.Response planResponse(String title, List<Long> items, int window) {
        return office.postJson("/api/v1/inspections/plans", """
                {"title":"%s","itemIds":[%s],"ratioA":100,"ratioB":100,"ratioC":100,"ratioD":100,"exclusionDays":%d}"""
                .formatted(title, items.stream().map(String::valueOf).collect(Collectors.joining(",")), window));
    }

    long plan(String title, List<Long> items, int window) {
        return parse(planResponse(title, items, window)).get("id").asLong();
    }

    JsonNode commitAndDraw(long plan) {
        parse(office.postJson("/api/v1/inspections/plans/" + plan + "/commit", "{}"));
        return parse(office.postJson("/api/v1/inspections/plans/" + plan + "/draw", "{}"));
    }

    JsonNode tasks(long plan) {
        return parse(office.getJson("/api/v1/inspections/plans/" + plan + "/tasks"));
    }

    JsonNode taskOf(long plan, String creditCode) {
        for (JsonNode t : tasks(plan)) {
            if (t.get("creditCode").asString().equals(creditCode)) {
                return t;
            }
        }
        return null;
    }
}
