package cn.yingshang.platform;

import static org.assertj.core.api.Assertions.assertThat;

import cn.yingshang.support.PlatformTest;
import cn.yingshang.support.WebUser;
import java.net.URLEncoder;
import java.net.http.HttpRequest;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/**
 * Issue 19, "bad input never gives a 5xx": every operation under /api/** in the platform's own
 * OpenAPI document gets malformed values in each parameter and body field, signed in as a demo
 * account that may call it. Each answer must be a 4xx problem+json with a Chinese detail and no
 * Java class names (or a 2xx where the value happens to be acceptable), and a rejected write must
 * leave the module's tables as they were.
 *
 * <p>Signed in by form login rather than HTTP Basic: Basic re-checks the BCrypt hash on every
 * request, which would cost minutes for a few thousand requests; the authorisation is the same.
 */
@PlatformTest
class BadInputFuzzTest {

    static final String[] ACCOUNTS = {"office", "admin", "scj.handler", "scj.leader", "enterprise1", "inspector1", "supervisor"};
    static final Pattern JAVA_NAME = Pattern.compile("\\b(java|javax|jakarta|org|com|cn|tools)\\.[a-z]+\\.[A-Za-z.]+|\\b[A-Z][A-Za-z]*Exception\\b");  // a class name: capitalised (a field such as invokeException is not one)
    static final Pattern CHINESE = Pattern.compile("\\p{IsHan}");
    static final JsonNodeFactory NODES = JsonNodeFactory.instance;
    /** Operations that record a refused attempt on purpose: a check-in without a task is logged as a flag on the inspection visit (000 §56). */
    static final java.util.Set<String> RECORD_REFUSALS = java.util.Set.of("POST /api/v1/inspections/checkins");

    @LocalServerPort
    int port;
    final JdbcClient jdbc;
    final JsonMapper json;

    @Autowired
    BadInputFuzzTest(JdbcClient jdbc, JsonMapper json) {
        this.jdbc = jdbc;
        this.json = json;
    }

    record Operation(String method, String path, JsonNode spec) {
        String name() {
            return method + " " + path;
        }

        boolean writes() {
            return !method.equals("GET");
        }
    }

    record Attempt(Operation op, String where, String value, int status, String body) {
    }

    final Map<String, WebUser> users = new LinkedHashMap<>();

    long appealsBefore;

    /** Remembers where the appeals stood, so the ones accepted values created can leave the queues afterwards. */
    @org.junit.jupiter.api.BeforeEach
    void rememberAppeals() {
        appealsBefore = jdbc.sql("SELECT coalesce(max(id), 0) FROM appeal").query(Long.class).single();
    }

    /**
     * Acceptable values ("abc" as a title) create real appeals; declined, they no longer crowd the
     * office's queue that other tests of the shared test database look at.
     */
    @org.junit.jupiter.api.AfterEach
    void declineCreatedAppeals() {
        jdbc.sql("UPDATE appeal SET status = 'DECLINED', clock_stage = NULL WHERE id > :b AND status = 'SUBMITTED'")
                .param("b", appealsBefore).update();
    }
    final List<String> failures = new ArrayList<>();
    int inputs;
    int serverErrors;

    @Test
    @DisplayName("Issue 19: malformed values in every parameter and body field of every /api/** operation answer 4xx problem+json, never 5xx, and store nothing")
    void everyApiOperationRejectsBadInputWithoutServerError() {
        long started = System.nanoTime();
        JsonNode docs = json.readTree(WebUser.anonymous(port).getJson("/v3/api-docs").body());
        List<Operation> operations = new ArrayList<>();
        for (var path : docs.get("paths").properties()) {
            for (var method : path.getValue().properties()) {
                if (path.getKey().startsWith("/api/")) {
                    operations.add(new Operation(method.getKey().toUpperCase(), path.getKey(), method.getValue()));
                }
            }
        }
        for (Operation op : operations) {
            fuzz(docs, op);
        }
        long seconds = (System.nanoTime() - started) / 1_000_000_000L;
        System.out.printf("[fuzz] %d operations, %d inputs, %d answers 5xx, %d failures, %d s%n",
                operations.size(), inputs, serverErrors, failures.size(), seconds);
        failures.stream().limit(40).forEach(f -> System.out.println("[fuzz] " + f));
        try {
            java.nio.file.Files.write(java.nio.file.Path.of("target/fuzz-failures.txt"), failures);
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        assertThat(operations).hasSizeGreaterThan(30);
        assertThat(serverErrors).as("answers 5xx").isZero();
        assertThat(failures).isEmpty();
    }

    // ---- the main forms ------------------------------------------------------------------------

    record Form(String account, String page, String action, boolean multipart, String tables, String successPath,
                Map<String, String> baseline) {
    }

    @Autowired
    cn.yingshang.platform.Departments departments;
    @Autowired
    cn.yingshang.credit.CreditRecords creditRecords;
    @Autowired
    java.time.Clock clock;

    static final Pattern FIELD = Pattern.compile("<(?:input|select|textarea)\\b[^>]*\\bname=\"([^\"]+)\"");

    @Test
    @DisplayName("Issue 19: malformed values in every field of the main forms re-render the form with an error or answer 4xx, never 5xx, and a refused form stores nothing")
    void mainFormsRejectBadInputWithoutServerError() {
        long started = System.nanoTime();
        WebUser office = user("office");
        cn.yingshang.arrears.ArrearsFixtures arrears = new cn.yingshang.arrears.ArrearsFixtures(port, jdbc, departments);
        long payer = arrears.payerId(arrears.newPublicInstitution(office));
        String payee = arrears.newEntity(office, 50, "2000", "1500");
        String enterpriseCode = jdbc.sql("SELECT credit_code FROM platform_account WHERE username = 'enterprise1'")
                .query(String.class).single();
        long record = creditRecords.record(new cn.yingshang.credit.NewCreditRecord(enterpriseCode, cn.yingshang.credit.CreditRecordKind.PENALTY,
                "650100-MARKET_REGULATION", "FUZZ-" + java.util.UUID.randomUUID(), "乌市监罚〔2025〕模糊测试号",
                java.time.LocalDate.now(clock).minusMonths(4), cn.yingshang.credit.Severity.ORDINARY, "超范围经营"));
        // a published application policy enterprise2 qualifies for (enterprise1 has just been given a penalty record,
        // which may rule it out): only then does the page offer the form
        String applicantCode = jdbc.sql("SELECT credit_code FROM platform_account WHERE username = 'enterprise2'")
                .query(String.class).single();
        long policy = jdbc.sql("""
                        SELECT p.id FROM policy_policy p JOIN policy_match m ON m.policy_id = p.id AND m.credit_code = :code
                        WHERE p.mode = 'APPLICATION' AND p.status = 'PUBLISHED'
                          AND NOT EXISTS (SELECT 1 FROM policy_application a WHERE a.policy_id = p.id AND a.credit_code = :code)
                        ORDER BY p.id LIMIT 1""").param("code", applicantCode).query(Long.class).optional().orElse(-1L);
        List<Form> forms = new java.util.ArrayList<>(List.of(
                new Form(null, "/public/appeals/new", "/public/appeals", true, "appeal", null, Map.of("type", "COMPLAINT",
                        "category", "FEES", "title", "模糊测试", "content", "乱收费问题请处理。", "name", "李四", "phone", "13900001111",
                        "region", "650100")),
                new Form("enterprise1", "/enterprise/appeals/new", "/enterprise/appeals", true, "appeal", "/enterprise/appeals/",
                        Map.of("type", "CONSULTATION", "category", "FEES", "title", "模糊测试", "content", "请问收费依据。", "phone", "13900001111")),
                new Form("office", "/workbench/arrears/new", "/workbench/arrears", false, "arrears", "/workbench/arrears/",
                        Map.of("payeeCreditCode", payee, "payerId", Long.toString(payer), "contractName", "模糊测试合同", "amount", "20000",
                                "disputedAmount", "0", "deliveredOn", java.time.LocalDate.now(clock).minusDays(3).toString(),
                                "basis", "DELIVERY", "paymentMethod", "BANK_TRANSFER")),
                new Form("enterprise1", "/enterprise/credit/repair?record=" + record, "/enterprise/credit/repair", false, "credit",
                        "/enterprise/credit", Map.of("recordId", Long.toString(record), "evidence", "已整改完毕并缴纳罚款",
                                "commitment", "守法经营，如违背承诺愿意承担责任"))));
        if (policy > 0) {  // matching may not have reached enterprise2 yet in a full run
            forms.add(new Form("enterprise2", "/enterprise/policies/" + policy, "/enterprise/policies/" + policy + "/applications", true,
                        "policy", "/enterprise/policies/" + policy, Map.of("statement", "申报说明")));
        }
        int formInputs = 0;
        int formErrors = 0;
        List<String> formFailures = new ArrayList<>();
        for (Form form : forms) {
            WebUser user = form.account() == null ? WebUser.anonymous(port) : user(form.account());
            WebUser.Response page = user.get(form.page());
            assertThat(page.status()).as(form.page()).isEqualTo(200);
            if (form.account() == null) {
                user.refreshCsrf();
            }
            String html = formHtml(page.body(), form.action());
            java.util.Set<String> names = new java.util.LinkedHashSet<>();
            FIELD.matcher(html).results().map(r -> r.group(1)).forEach(names::add);
            names.removeAll(List.of("_csrf", "_submission", "files", "material0", "material1"));
            names.addAll(form.baseline().keySet());
            Map<String, Long> before = null;
            for (String field : names) {
                for (String bad : List.of("", "abc", "-5", "1e20", "99999-01-01", "NOT_AN_ENUM", "{\"a\":1}", "中".repeat(6000))) {
                    Map<String, String> values = new LinkedHashMap<>(form.baseline());
                    values.put(field, bad);
                    if (before == null) {
                        before = rowCounts(form.tables());
                    }
                    WebUser.Response r = form.multipart() ? user.postMultipart(form.action(), null, null, null, values)
                            : user.postForm(form.action(), values);
                    formInputs++;
                    String where = form.action() + " [" + field + "=" + abbreviate(bad) + "] → " + r.status();
                    if (r.status() >= 500) {
                        formErrors++;
                        formFailures.add(where + " " + abbreviate(r.body()));
                        continue;
                    }
                    if (!CHINESE.matcher(r.body()).find() || JAVA_NAME.matcher(r.body().replaceAll("<script[\\s\\S]*?</script>", "")).find()
                            && r.body().contains("Exception")) {
                        formFailures.add(where + " → no Chinese answer or a Java class name: "
                                + abbreviate(r.body().replaceAll("(?s)^.*<main[^>]*>|</main>.*$", "").replaceAll("\\s+", " ")));
                    }
                    // the public receipt shows 查询码 and 访问码 (id="public-code"), no longer a 受理编号
                    boolean accepted = form.successPath() == null ? r.body().contains("id=\"public-code\"") && !r.body().contains("name=\"title\"")
                            : r.uri().getPath().startsWith(form.successPath()) && !r.uri().getPath().equals(form.action());
                    if (accepted) {
                        before = null;  // counted again before the next input
                    } else {
                        Map<String, Long> after = rowCounts(form.tables());
                        if (!after.equals(before)) {
                            formFailures.add(where + " → refused but stored rows: " + difference(before, after));
                            before = after;
                        }
                    }
                }
            }
        }
        long seconds = (System.nanoTime() - started) / 1_000_000_000L;
        System.out.printf("[fuzz-forms] %d forms, %d inputs, %d answers 5xx, %d failures, %d s%n", forms.size(), formInputs,
                formErrors, formFailures.size(), seconds);
        formFailures.stream().limit(40).forEach(f -> System.out.println("[fuzz-forms] " + f));
        assertThat(formErrors).as("form answers 5xx").isZero();
        assertThat(formFailures).isEmpty();
    }

    /** The HTML of the form posting to the action (the page may hold other forms: logout, search). */
    static String formHtml(String page, String action) {
        int at = page.indexOf("action=\"" + action + "\"");
        assertThat(at).as("form posting to " + action).isPositive();
        int start = page.lastIndexOf("<form", at);
        int end = page.indexOf("</form>", at);
        return page.substring(start, end);
    }

    void fuzz(JsonNode docs, Operation op) {
        List<JsonNode> parameters = new ArrayList<>();
        if (op.spec().has("parameters")) {
            op.spec().get("parameters").forEach(parameters::add);
        }
        JsonNode bodySchema = null;
        boolean multipart = false;
        JsonNode content = op.spec().path("requestBody").path("content");
        if (content.has("application/json")) {
            bodySchema = resolve(docs, content.get("application/json").get("schema"));
        } else if (content.has("multipart/form-data")) {
            multipart = true;
        }
        Map<String, String> params = new LinkedHashMap<>();
        for (JsonNode p : parameters) {
            if (p.path("in").asString().equals("header")) {
                continue;
            }
            params.put(p.get("name").asString(), sampleParameter(p.get("name").asString(), resolve(docs, p.get("schema"))));
        }
        JsonNode body = bodySchema == null ? null : sample(docs, bodySchema, "", 0);
        WebUser user = userFor(op, parameters, params, body, multipart);

        for (JsonNode p : parameters) {
            String name = p.get("name").asString();
            String in = p.path("in").asString();
            if (in.equals("header")) {
                continue;
            }
            for (String bad : badParameterValues(resolve(docs, p.get("schema")))) {
                Map<String, String> changed = new LinkedHashMap<>(params);
                changed.put(name, bad);
                attempt(user, op, parameters, changed, body, multipart, in + ":" + name, bad);
            }
        }
        if (body != null) {
            for (String bad : List.of("{", "[]", "null", "\"text\"", "", "{\"a\":")) {
                attemptRaw(user, op, parameters, params, bad, "body", bad);
            }
            for (String field : fieldPaths(body, "")) {
                for (JsonNode bad : badFieldValues(docs, bodySchema, field)) {
                    JsonNode changed = body.deepCopy();
                    set(changed, field, bad);
                    attemptRaw(user, op, parameters, params, changed.toString(), "body:" + field, abbreviate(bad.toString()));
                }
            }
        }
        if (multipart) {
            attempt(user, op, parameters, params, null, true, "multipart", "garbage");
        }
    }

    WebUser userFor(Operation op, List<JsonNode> parameters, Map<String, String> params, JsonNode body, boolean multipart) {
        for (String account : ACCOUNTS) {
            WebUser user = user(account);
            WebUser.Response r = send(user, op, parameters, params, body == null ? null : body.toString(), multipart);
            inputs++;
            check(new Attempt(op, "baseline as " + account, "", r.status(), r.body()), false);
            if (r.status() != 401 && r.status() != 403) {
                return user;
            }
        }
        return user("office");
    }

    WebUser user(String account) {
        return users.computeIfAbsent(account, a -> WebUser.demo(port, a));
    }

    void attempt(WebUser user, Operation op, List<JsonNode> parameters, Map<String, String> params, JsonNode body,
                 boolean multipart, String where, String value) {
        attemptRaw(user, op, parameters, params, body == null ? null : body.toString(), where, value, multipart);
    }

    void attemptRaw(WebUser user, Operation op, List<JsonNode> parameters, Map<String, String> params, String body,
                    String where, String value) {
        attemptRaw(user, op, parameters, params, body, where, value, false);
    }

    void attemptRaw(WebUser user, Operation op, List<JsonNode> parameters, Map<String, String> params, String body,
                    String where, String value, boolean multipart) {
        String table = op.writes() ? tablePrefix(op.path()) : null;
        Map<String, Long> before = table == null ? null : rowCounts(table);
        WebUser.Response r = send(user, op, parameters, params, body, multipart);
        inputs++;
        Attempt attempt = new Attempt(op, where, value, r.status(), r.body());
        check(attempt, true);
        if (before != null && r.status() >= 400 && !RECORD_REFUSALS.contains(op.name())) {
            Map<String, Long> after = rowCounts(table);
            if (!after.equals(before)) {
                failures.add(describe(attempt) + " → rejected but stored rows: " + difference(before, after));
            }
        }
    }

    void check(Attempt a, boolean problemRequired) {
        if (a.status() >= 500) {
            serverErrors++;
            failures.add(describe(a));
            return;
        }
        if (a.status() >= 400) {
            if (!a.body().contains("\"detail\"")) {
                failures.add(describe(a) + " → not problem+json");
                return;
            }
            String detail = json.readTree(a.body()).path("detail").asString();
            if (!CHINESE.matcher(detail).find()) {
                failures.add(describe(a) + " → detail not Chinese");
            }
            if (JAVA_NAME.matcher(a.body()).find()) {
                failures.add(describe(a) + " → Java class name in the answer");
            }
        }
    }

    static String describe(Attempt a) {
        return a.op().name() + " [" + a.where() + "=" + abbreviate(a.value()) + "] → " + a.status() + " " + abbreviate(a.body());
    }

    static String abbreviate(String s) {
        return s.length() > 160 ? s.substring(0, 160) + "…" : s;
    }

    WebUser.Response send(WebUser user, Operation op, List<JsonNode> parameters, Map<String, String> params, String body,
                          boolean multipart) {
        String path = op.path();
        StringBuilder query = new StringBuilder();
        for (JsonNode p : parameters) {
            String name = p.get("name").asString();
            String value = params.get(name);
            if (value == null) {
                continue;
            }
            switch (p.path("in").asString()) {
                case "path" -> path = path.replace("{" + name + "}", encode(value.isEmpty() ? " " : value));
                case "query" -> query.append(query.isEmpty() ? "?" : "&").append(encode(name)).append('=').append(encode(value));
                default -> {
                }
            }
        }
        if (multipart) {
            return user.postMultipart(path + query, "file", "x.bin", "not a real file".getBytes(StandardCharsets.UTF_8), Map.of());
        }
        HttpRequest.BodyPublisher publisher = body == null ? HttpRequest.BodyPublishers.noBody()
                : HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8);
        HttpRequest.Builder request = HttpRequest.newBuilder(java.net.URI.create("http://127.0.0.1:" + port + path + query))
                .method(op.method(), publisher).header("Accept", "application/json");
        if (body != null) {
            request.header("Content-Type", "application/json");
        }
        return user.sendWithCsrf(request);
    }

    static String encode(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8).replace("+", "%20");
    }

    // ---- values ------------------------------------------------------------------------------

    static String sampleParameter(String name, JsonNode schema) {
        String lower = name.toLowerCase();
        if (schema.has("enum")) {
            return schema.get("enum").get(0).asString();
        }
        if (lower.contains("creditcode") || lower.equals("code")) {
            return "91650100MA00000000";
        }
        if (lower.contains("region")) {
            return "650100";
        }
        if (lower.equals("year")) {
            return "2026";
        }
        return switch (schema.path("type").asString()) {
            case "integer", "number" -> lower.equals("page") ? "0" : "1";
            case "boolean" -> "true";
            default -> switch (schema.path("format").asString()) {
                case "date" -> "2026-03-02";
                case "date-time" -> "2026-03-02T10:00:00Z";
                default -> "1";
            };
        };
    }

    static List<String> badParameterValues(JsonNode schema) {
        List<String> values = new ArrayList<>(List.of("abc", "-5", "-1", "0", "99999999999999999999", "1e20", "1.5", "",
                "99999-01-01", "2026-02-30", "XX", "NOT_AN_ENUM", "{\"a\":1}", "中".repeat(300)));
        if (schema.path("type").asString().equals("integer")) {
            values.add(Long.toString(Integer.MAX_VALUE));
            values.add(Long.toString(Long.MAX_VALUE));
        }
        return values;
    }

    JsonNode resolve(JsonNode docs, JsonNode schema) {
        if (schema == null) {
            return NODES.objectNode();
        }
        if (schema.has("$ref")) {
            String ref = schema.get("$ref").asString();
            return resolve(docs, docs.at(ref.substring(1)));
        }
        if (schema.has("allOf") && schema.get("allOf").size() == 1) {
            return resolve(docs, schema.get("allOf").get(0));
        }
        return schema;
    }

    JsonNode sample(JsonNode docs, JsonNode schema, String name, int depth) {
        schema = resolve(docs, schema);
        if (schema.has("example") && !schema.get("example").isNull()) {
            return schema.get("example");
        }
        if (schema.has("enum")) {
            return schema.get("enum").get(0);
        }
        String type = schema.path("type").asString();
        if (type.isEmpty() && schema.has("properties")) {
            type = "object";
        }
        String lower = name.toLowerCase();
        switch (type) {
            case "object" -> {
                ObjectNode node = NODES.objectNode();
                if (depth < 4) {
                    for (var p : schema.path("properties").properties()) {
                        node.set(p.getKey(), sample(docs, p.getValue(), p.getKey(), depth + 1));
                    }
                }
                return node;
            }
            case "array" -> {
                ArrayNode array = NODES.arrayNode();
                if (depth < 4) {
                    array.add(sample(docs, schema.get("items"), name, depth + 1));
                }
                return array;
            }
            case "integer" -> {
                return NODES.numberNode(lower.contains("year") ? 2026 : 1);
            }
            case "number" -> {
                return NODES.numberNode(100);
            }
            case "boolean" -> {
                return NODES.booleanNode(true);
            }
            default -> {
                if (schema.path("format").asString().equals("date")) {
                    return NODES.stringNode("2026-03-02");
                }
                if (schema.path("format").asString().equals("date-time")) {
                    return NODES.stringNode("2026-03-02T10:00:00Z");
                }
                if (lower.contains("creditcode")) {
                    return NODES.stringNode("91650100MA00000000");
                }
                if (lower.contains("region")) {
                    return NODES.stringNode("650100");
                }
                if (lower.contains("industry")) {
                    return NODES.stringNode("C");
                }
                return NODES.stringNode("测试内容");
            }
        }
    }

    static List<String> fieldPaths(JsonNode node, String prefix) {
        List<String> paths = new ArrayList<>();
        if (node.isObject()) {
            for (var p : node.properties()) {
                String path = prefix + "/" + p.getKey();
                paths.add(path);
                if (p.getValue().isContainer()) {
                    paths.addAll(fieldPaths(p.getValue(), path));
                }
            }
        } else if (node.isArray() && !node.isEmpty()) {
            String path = prefix + "/0";
            paths.add(path);
            if (node.get(0).isContainer()) {
                paths.addAll(fieldPaths(node.get(0), path));
            }
        }
        return paths;
    }

    static void set(JsonNode root, String path, JsonNode value) {
        int slash = path.lastIndexOf('/');
        JsonNode parent = slash == 0 ? root : root.at(path.substring(0, slash));
        String last = path.substring(slash + 1);
        if (parent instanceof ObjectNode o) {
            o.set(last, value);
        } else if (parent instanceof ArrayNode a) {
            a.set(Integer.parseInt(last), value);
        }
    }

    static List<JsonNode> badFieldValues(JsonNode docs, JsonNode schema, String field) {
        return List.of(NODES.stringNode("abc"), NODES.numberNode(-5), NODES.numberNode(new java.math.BigDecimal("1e20")),
                NODES.numberNode(new java.math.BigInteger("99999999999999999999")), NODES.numberNode(1.5),
                NODES.nullNode(), NODES.stringNode(""), NODES.stringNode("中".repeat(20000)), NODES.stringNode("99999-01-01"),
                NODES.stringNode("2026-02-30"), NODES.stringNode("NOT_AN_ENUM"), NODES.stringNode("XX"),
                NODES.objectNode().put("a", 1), NODES.arrayNode().add(1), NODES.booleanNode(true));
    }

    // ---- nothing stored ----------------------------------------------------------------------

    static String tablePrefix(String path) {
        String rest = path.replaceFirst("^/api/v\\d+/(public/)?", "");
        String segment = rest.contains("/") ? rest.substring(0, rest.indexOf('/')) : rest;
        return switch (segment) {
            case "appeals" -> "appeal";
            case "policy-rules", "policies" -> "policy";
            case "inspections" -> "inspection";
            case "entities" -> "registry";
            default -> segment;
        };
    }

    /**
     * Rows the scheduled jobs may write while an input is being refused (the deadline watch sends
     * its notices on its own clock); counting them would blame the refused request.
     */
    static final Map<String, String> WRITTEN_BY_JOBS = Map.of(
            "appeal_deadline_notice", "true",
            "appeal_event", "action IN ('OVERDUE', 'WARNING')");

    final Map<String, String> countQueries = new LinkedHashMap<>();

    Map<String, Long> rowCounts(String prefix) {
        String sql = countQueries.computeIfAbsent(prefix, p -> {
            List<String> tables = jdbc.sql("""
                    SELECT table_name FROM information_schema.tables
                    WHERE table_schema = current_schema() AND table_type = 'BASE TABLE' AND table_name LIKE :p
                    ORDER BY table_name""").param("p", p + "\\_%").query(String.class).list();
            if (tables.isEmpty()) {
                return "";
            }
            return String.join(" UNION ALL ", tables.stream()
                    .map(t -> "SELECT '" + t + "' AS t, count(*) AS n FROM " + t
                            + (WRITTEN_BY_JOBS.containsKey(t) ? " WHERE NOT (" + WRITTEN_BY_JOBS.get(t) + ")" : ""))
                    .toList());
        });
        Map<String, Long> counts = new LinkedHashMap<>();
        if (!sql.isEmpty()) {
            jdbc.sql(sql).query((rs, i) -> counts.put(rs.getString(1), rs.getLong(2))).list();
        }
        return counts;
    }

    static String difference(Map<String, Long> before, Map<String, Long> after) {
        StringBuilder s = new StringBuilder();
        for (Iterator<String> it = after.keySet().iterator(); it.hasNext(); ) {
            String t = it.next();
            if (!after.get(t).equals(before.get(t))) {
                s.append(t).append(' ').append(before.get(t)).append("→").append(after.get(t)).append(' ');
            }
        }
        return s.toString();
    }
}
