package cn.yingshang.inspection;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cn.yingshang.platform.Accounts;
import cn.yingshang.platform.Department;
import cn.yingshang.platform.DepartmentFunction;
import cn.yingshang.platform.Departments;
import cn.yingshang.support.PlatformTest;
import cn.yingshang.support.WebUser;
import java.time.Duration;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

@PlatformTest
class InspectionRulesTest {

    @LocalServerPort
    int port;
    private final Accounts accounts;
    private final Departments departments;
    private final JsonMapper json;
    private final JdbcClient jdbc;

    @Autowired
    InspectionRulesTest(Accounts accounts, Departments departments, JsonMapper json, JdbcClient jdbc) {
        this.accounts = accounts;
        this.departments = departments;
        this.json = json;
        this.jdbc = jdbc;
    }

    WebUser office;
    InspectionFixtures fx;
    Department ecology;

    @BeforeEach
    void setUp() {
        office = WebUser.demo(port, "office");
        fx = new InspectionFixtures(office, accounts, departments, json);
        ecology = fx.department("650200", DepartmentFunction.ECOLOGY_ENVIRONMENT);
    }

    static Set<Long> inspectorIds(JsonNode task) {
        Set<Long> ids = new HashSet<>();
        task.get("inspectors").forEach(i -> ids.add(i.get("accountId").asLong()));
        return ids;
    }

    long accountId(String username) {
        return accounts.byUsername(username).orElseThrow().id();
    }

    String certificate(String username) {
        return jdbc.sql("SELECT certificate_no FROM inspection_inspector WHERE username = ?").param(username).query(String.class).single();
    }

    String usernameOf(long accountId) {
        return jdbc.sql("SELECT username FROM inspection_inspector WHERE account_id = ?").param(accountId).query(String.class).single();
    }

    @Test
    @DisplayName("003 §42: an item that is not published is refused by the plan API and page, by the draw and by result recording")
    void unpublishedItemRefusedEverywhere() {
        fx.inspector(ecology);
        fx.inspector(ecology);
        String entity = fx.entity("650205", "N77", "乌尔禾环保检测测试公司");
        long unpublished = fx.item(ecology, "未公布的测试事项", "650205", "N77", false, false);

        WebUser.Response api = fx.planResponse("含未公布事项的计划", List.of(unpublished), 0);
        assertThat(api.status()).isEqualTo(422);
        assertThat(api.body()).contains("未公布");
        WebUser.Response page = office.postForm("/workbench/inspections/plans",
                Map.of("title", "含未公布事项的计划", "year", "2026", "itemIds", Long.toString(unpublished), "ratioA", "5",
                        "ratioB", "20", "ratioC", "60", "ratioD", "100", "exclusionDays", "0"));
        assertThat(page.body()).contains("未公布，不得纳入计划");

        long item = fx.item(ecology, "排污许可执行情况检查", "650205", "N77", false, true);
        long plan = fx.plan("乌尔禾区排污许可抽查", List.of(item), 0);
        office.postJson("/api/v1/inspections/items/" + item + "/withdraw", "{}");
        WebUser.Response commit = office.postJson("/api/v1/inspections/plans/" + plan + "/commit", "{}");
        assertThat(commit.status()).isEqualTo(422);
        assertThat(commit.body()).contains("未公布");
        office.postJson("/api/v1/inspections/items/" + item + "/publish", "{}");
        fx.parse(office.postJson("/api/v1/inspections/plans/" + plan + "/commit", "{}"));
        office.postJson("/api/v1/inspections/items/" + item + "/withdraw", "{}");
        WebUser.Response draw = office.postJson("/api/v1/inspections/plans/" + plan + "/draw", "{}");
        assertThat(draw.status()).isEqualTo(422);
        assertThat(draw.body()).contains("未公布");
        office.postJson("/api/v1/inspections/items/" + item + "/publish", "{}");
        fx.parse(office.postJson("/api/v1/inspections/plans/" + plan + "/draw", "{}"));

        JsonNode task = fx.taskOf(plan, entity);
        assertThat(task).isNotNull();
        WebUser inspector = WebUser.demo(port, usernameOf(inspectorIds(task).iterator().next()));
        fx.parse(inspector.postJson("/api/v1/inspections/checkins", "{\"code\":\"" + task.get("code").asString() + "\",\"action\":\"start\"}"));
        office.postJson("/api/v1/inspections/items/" + item + "/withdraw", "{}");
        WebUser.Response record = inspector.postJson("/api/v1/inspections/tasks/" + task.get("id").asLong() + "/results",
                "{\"entries\":[{\"itemId\":" + item + ",\"outcome\":\"COMPLIANT\"}]}");
        assertThat(record.status()).isEqualTo(422);
        assertThat(record.body()).contains("未公布");
    }

    @Test
    @DisplayName("000 §56: recusal and last-time inspectors are never drawn; 003 §42: entities inspected within the window are left out")
    void exclusionAndRecusalHonoured() {
        String recused = fx.inspector(ecology);
        for (int i = 0; i < 4; i++) {
            fx.inspector(ecology);
        }
        String e1 = fx.entity("650205", "M73", "乌尔禾研发测试一号");
        String e2 = fx.entity("650205", "M73", "乌尔禾研发测试二号");
        fx.parse(office.postJson("/api/v1/inspections/recusals", """
                {"certificateNo":"%s","creditCode":"%s","reason":"近亲属任该企业高管"}""".formatted(certificate(recused), e1)));
        long item = fx.item(ecology, "环境影响评价制度执行情况检查", "650205", "M73", false, true);

        long first = fx.plan("第一次抽查", List.of(item), 0);
        fx.commitAndDraw(first);
        JsonNode firstTask = fx.taskOf(first, e1);
        assertThat(firstTask).isNotNull();
        assertThat(fx.taskOf(first, e2)).isNotNull();
        assertThat(inspectorIds(firstTask)).hasSizeGreaterThanOrEqualTo(2).doesNotContain(accountId(recused));

        long windowed = fx.plan("免检窗口内的抽查", List.of(item), 365);
        fx.parse(office.postJson("/api/v1/inspections/plans/" + windowed + "/commit", "{}"));
        String pool = WebUser.anonymous(port).get("/public/inspections/draws/" + windowed + "/pool.txt").body();
        assertThat(pool).doesNotContain(e1).doesNotContain(e2);
        JsonNode committed = fx.parse(WebUser.anonymous(port).getJson("/api/v1/public/inspections/draws/" + windowed));
        assertThat(committed.get("draw").get("excludedCount").asInt()).isGreaterThanOrEqualTo(2);
        assertThat(committed.get("draw").get("revealedSeed").isNull()).as("the seed stays secret until the draw").isTrue();

        long again = fx.plan("第二次抽查（无免检窗口）", List.of(item), 0);
        fx.commitAndDraw(again);
        JsonNode secondTask = fx.taskOf(again, e1);
        assertThat(secondTask).isNotNull();
        assertThat(inspectorIds(secondTask)).hasSizeGreaterThanOrEqualTo(2).doesNotContain(accountId(recused))
                .doesNotContainAnyElementsOf(inspectorIds(firstTask));
    }

    @Test
    @DisplayName("000 §51: commits and draws of one plan sent at the same time: one succeeds, the others are refused clearly (no server error), tasks exist once")
    void parallelCommitsAndDrawsOfOnePlan() throws Exception {
        fx.inspector(ecology);
        fx.inspector(ecology);
        fx.entity("650204", "N77", "白碱滩并发抽取测试");
        long item = fx.item(ecology, "排污许可证执行情况检查", "650204", "N77", false, true);
        long plan = fx.plan("白碱滩区并发抽取", List.of(item), 0);
        assertThat(inParallel(6, "/api/v1/inspections/plans/" + plan + "/commit")).as("commits that succeeded").isEqualTo(1);
        assertThat(inParallel(6, "/api/v1/inspections/plans/" + plan + "/draw")).as("draws that succeeded").isEqualTo(1);
        long tasks = jdbc.sql("SELECT count(*) FROM inspection_task WHERE plan_id = ?").param(plan).query(Long.class).single();
        long distinct = jdbc.sql("SELECT count(DISTINCT credit_code) FROM inspection_task WHERE plan_id = ?").param(plan)
                .query(Long.class).single();
        assertThat(tasks).isEqualTo(distinct).isPositive();
    }

    /** Sends the same POST from several threads at once; every answer is a success or a clear refusal. */
    int inParallel(int parallel, String path) throws Exception {
        java.util.concurrent.CountDownLatch start = new java.util.concurrent.CountDownLatch(1);
        java.util.concurrent.ExecutorService pool = java.util.concurrent.Executors.newFixedThreadPool(parallel);
        List<java.util.concurrent.Future<Integer>> statuses = new java.util.ArrayList<>();
        try {
            for (int i = 0; i < parallel; i++) {
                statuses.add(pool.submit(() -> {
                    start.await();
                    return office.postJson(path, "{}").status();
                }));
            }
            start.countDown();
            int succeeded = 0;
            for (var s : statuses) {
                int status = s.get();
                assertThat(status).as("issue 19: a lost race is a conflict").isIn(200, 409, 422);
                succeeded += status == 200 ? 1 : 0;
            }
            return succeeded;
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    @DisplayName("000 §51: anyone recomputes a draw from the revealed seed; a wrong seed does not match; draw records are immutable")
    void verifiableAndImmutable() {
        fx.inspector(ecology);
        fx.inspector(ecology);
        fx.entity("650204", "N77", "白碱滩环保测试");
        long item = fx.item(ecology, "固体废物污染环境防治检查", "650204", "N77", false, true);
        long plan = fx.plan("白碱滩区抽查", List.of(item), 0);
        JsonNode draw = fx.commitAndDraw(plan);
        String seed = draw.get("revealedSeed").asString();
        assertThat(draw.get("seedCommitment").asString()).isEqualTo(
                cn.yingshang.inspection.internal.DrawAlgorithmAccess.sha256(seed));

        WebUser anyone = WebUser.anonymous(port);
        JsonNode ok = fx.parse(anyone.getJson("/api/v1/public/inspections/draws/" + plan + "/verify"));
        assertThat(ok.get("commitmentMatches").asBoolean()).isTrue();
        assertThat(ok.get("poolHashMatches").asBoolean()).isTrue();
        assertThat(ok.get("selectionMatches").asBoolean()).isTrue();
        String wrong = "0".repeat(64);
        JsonNode bad = fx.parse(anyone.getJson("/api/v1/public/inspections/draws/" + plan + "/verify?seed=" + wrong));
        assertThat(bad.get("commitmentMatches").asBoolean()).isFalse();
        assertThat(anyone.get("/public/inspections/draws/" + plan + "/verify").body()).contains("服务器重新计算结果一致");

        // The pool's counts per region code add up to the pool, class by class, with the test entity's county among them.
        Map<String, Object> perRegion = jdbc.sql("""
                        SELECT sum(r.pool_a + r.pool_b + r.pool_c + r.pool_d + r.pool_key) AS total,
                               ARRAY[sum(r.pool_a), sum(r.pool_b), sum(r.pool_c), sum(r.pool_d), sum(r.pool_key)]::int[] = d.pool_per_class AS same,
                               bool_and(r.region_code LIKE '650204%') AS local
                        FROM inspection_draw_region r JOIN inspection_draw d ON d.plan_id = r.plan_id WHERE r.plan_id = ?
                        GROUP BY d.pool_per_class""").param(plan).query().singleRow();
        assertThat(((Number) perRegion.get("total")).intValue()).isEqualTo(draw.get("poolSize").asInt()).isPositive();
        assertThat(perRegion.get("same")).isEqualTo(true);
        assertThat(perRegion.get("local")).isEqualTo(true);
        assertThatThrownBy(() -> jdbc.sql("DELETE FROM inspection_draw_region WHERE plan_id = ?").param(plan).update())
                .hasMessageContaining("immutable");
        assertThatThrownBy(() -> jdbc.sql("UPDATE inspection_draw SET selection_hash = 'x' WHERE plan_id = ?").param(plan).update())
                .hasMessageContaining("immutable");
        assertThatThrownBy(() -> jdbc.sql("DELETE FROM inspection_draw WHERE plan_id = ?").param(plan).update())
                .hasMessageContaining("immutable");
        WebUser.Response redraw = office.postJson("/api/v1/inspections/plans/" + plan + "/draw", "{}");
        assertThat(redraw.status()).as("issue 19: drawing a drawn plan again is a conflict").isEqualTo(409);
    }

    @Test
    @DisplayName("003 §42: a visit without a task or by someone not assigned is flagged; enterprises can check an assignment")
    void visitsAreRegistered() {
        fx.inspector(ecology);
        fx.inspector(ecology);
        String outsider = fx.inspector(fx.department("650200", DepartmentFunction.EMERGENCY_MANAGEMENT));
        String entity = fx.entity("650203", "N77", "克拉玛依区环保测试");
        long item = fx.item(ecology, "自动监测设备运行检查", "650203", "N77", false, true);
        long plan = fx.plan("克拉玛依区抽查", List.of(item), 0);
        fx.commitAndDraw(plan);
        JsonNode task = fx.taskOf(plan, entity);
        String code = task.get("code").asString();
        String assigned = usernameOf(inspectorIds(task).iterator().next());

        WebUser stranger = WebUser.demo(port, outsider);
        WebUser.Response refused = stranger.postJson("/api/v1/inspections/checkins", "{\"code\":\"" + code + "\",\"action\":\"start\"}");
        assertThat(refused.status()).isEqualTo(422);
        WebUser.Response noTask = stranger.postJson("/api/v1/inspections/checkins", "{\"code\":\"JCNOSUCHTASK\",\"action\":\"start\"}");
        assertThat(noTask.status()).isEqualTo(422);
        List<String> reasons = jdbc.sql("SELECT reason FROM inspection_visit_flag WHERE reported_by = ?").param(outsider)
                .query(String.class).list();
        assertThat(reasons).anyMatch(r -> r.contains("非指派人员")).anyMatch(r -> r.contains("无检查任务"));

        WebUser anyone = WebUser.anonymous(port);
        JsonNode yes = fx.parse(anyone.getJson("/api/v1/public/inspections/assignment?certificateNo=" + certificate(assigned)
                + "&taskCode=" + code));
        assertThat(yes.get("assigned").asBoolean()).isTrue();
        JsonNode no = fx.parse(anyone.getJson("/api/v1/public/inspections/assignment?certificateNo=" + certificate(outsider)
                + "&taskCode=" + code));
        assertThat(no.get("assigned").asBoolean()).isFalse();
    }

    @Test
    @DisplayName("000 §55: a first minor violation on the no-penalty list is flagged not to be punished, a repeat is not; results reach credit")
    void firstMinorViolationNotPunished() throws Exception {
        for (int i = 0; i < 4; i++) {
            fx.inspector(ecology);
        }
        String entity = fx.entity("650202", "N77", "独山子环保测试");
        long item = fx.item(ecology, "环境信息公开情况检查", "650202", "N77", false, true);
        // the published catalogue list (信息公开 · 首次轻微违法行为不罚清单): NP-002 营业执照未置于显著位置
        String rule = "NP-002";
        JsonNode first = recordViolation(fx.plan("独山子区第一次抽查", List.of(item), 0), entity, item, rule);
        assertThat(first.get("items").get(0).get("notToBePunished").asBoolean()).isTrue();
        assertThat(first.get("publishDeadline").isNull()).isFalse();
        JsonNode second = recordViolation(fx.plan("独山子区第二次抽查", List.of(item), 0), entity, item, rule);
        assertThat(second.get("items").get(0).get("notToBePunished").asBoolean()).isFalse();
        assertThat(second.get("publishedOn").isNull()).isFalse();

        long taskId = first.get("id").asLong();
        org.awaitility.Awaitility.await("the result reaches the credit module").atMost(Duration.ofSeconds(20))
                .until(() -> jdbc.sql("SELECT credit_sent FROM inspection_task WHERE id = ?").param(taskId).query(Boolean.class).single());
        assertThat(WebUser.anonymous(port).get("/public/inspections").body()).contains("首违不罚");
    }

    @Test
    @DisplayName("000 §55, 001 §48, 002 #35: one no-penalty list — inspectors choose from the published catalogue version; a code not on it is refused")
    void noPenaltyListIsThePublishedCatalogue() throws Exception {
        for (int i = 0; i < 4; i++) {
            fx.inspector(ecology);
        }
        String entity = fx.entity("650202", "N77", "独山子清单测试");
        long item = fx.item(ecology, "环境信息公开情况检查", "650202", "N77", false, true);
        long plan = fx.plan("独山子区清单抽查", List.of(item), 0);
        fx.commitAndDraw(plan);
        JsonNode task = fx.taskOf(plan, entity);
        WebUser inspector = WebUser.demo(port, usernameOf(inspectorIds(task).iterator().next()));
        fx.parse(inspector.postJson("/api/v1/inspections/checkins", "{\"code\":\"" + task.get("code").asString() + "\",\"action\":\"start\"}"));
        // the old fixed row is not on the published list
        WebUser.Response refused = inspector.postJson("/api/v1/inspections/tasks/" + task.get("id").asLong() + "/results", """
                {"entries":[{"itemId":%d,"outcome":"RECTIFICATION_ORDERED","note":"未公示","noPenaltyCode":"NP-SCJ-01"}]}""".formatted(item));
        assertThat(refused.status()).isEqualTo(422);
        assertThat(refused.body()).contains("不在现行《首次轻微违法行为不罚清单》中");
        // the task page offers exactly the items of the public page's version in force
        String page = inspector.get("/workbench/inspections/tasks/" + task.get("id").asLong()).body();
        String published = WebUser.anonymous(port).get("/public/catalogues/no-penalty").body();
        assertThat(page).contains("NP-002 营业执照未置于显著位置").doesNotContain("NP-SCJ-01");
        assertThat(published).contains("营业执照未置于显著位置");
        fx.parse(inspector.postJson("/api/v1/inspections/tasks/" + task.get("id").asLong() + "/results", """
                {"entries":[{"itemId":%d,"outcome":"RECTIFICATION_ORDERED","note":"未公示","noPenaltyCode":"NP-002"}]}""".formatted(item)));
        assertThat(jdbc.sql("SELECT no_penalty_version FROM inspection_task_item WHERE task_id = ?").param(task.get("id").asLong())
                .query(Integer.class).single()).isNotNull();
    }

    private JsonNode recordViolation(long plan, String entity, long item, String rule) {
        fx.commitAndDraw(plan);
        JsonNode task = fx.taskOf(plan, entity);
        WebUser inspector = WebUser.demo(port, usernameOf(inspectorIds(task).iterator().next()));
        String code = task.get("code").asString();
        fx.parse(inspector.postJson("/api/v1/inspections/checkins", "{\"code\":\"" + code + "\",\"action\":\"start\"}"));
        fx.parse(inspector.postJson("/api/v1/inspections/tasks/" + task.get("id").asLong() + "/results", """
                {"entries":[{"itemId":%d,"outcome":"RECTIFICATION_ORDERED","note":"未在醒目位置公示，当场改正","noPenaltyCode":"%s"}]}"""
                .formatted(item, rule)));
        return fx.parse(inspector.postJson("/api/v1/inspections/tasks/" + task.get("id").asLong() + "/publish", "{}"));
    }
}
