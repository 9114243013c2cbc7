package cn.yingshang.services;

import static cn.yingshang.services.ServiceAuthorisationMatrixTest.Action.ACT;
import static cn.yingshang.services.ServiceAuthorisationMatrixTest.Action.API_READ;
import static cn.yingshang.services.ServiceAuthorisationMatrixTest.Action.FILE;
import static cn.yingshang.services.ServiceAuthorisationMatrixTest.Action.LIST;
import static cn.yingshang.services.ServiceAuthorisationMatrixTest.Action.READ;
import static cn.yingshang.services.ServiceAuthorisationMatrixTest.Whose.COUNTY_GAJ;
import static cn.yingshang.services.ServiceAuthorisationMatrixTest.Whose.GAJ;
import static cn.yingshang.services.ServiceAuthorisationMatrixTest.Whose.SCJ;
import static org.assertj.core.api.Assertions.assertThat;

import cn.yingshang.support.PlatformTest;
import cn.yingshang.support.WebUser;
import java.util.EnumMap;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Stream;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.json.JsonMapper;

/**
 * Object-level authorisation of service cases, as a table: a case belongs to the department that
 * implements its item (matched by department id) and to the applying enterprise. A handler acts for
 * their own department, a leader also for those below; the office reads every case and handles none;
 * an enterprise sees only its own cases and handles nothing; other roles see no case.
 */
@PlatformTest
class ServiceAuthorisationMatrixTest {

    /** Whose case: enterprise1's applications to 乌鲁木齐市公安局, 乌鲁木齐市市场监管局 and 乌鲁木齐县公安局. */
    enum Whose { GAJ, SCJ, COUNTY_GAJ }

    /** FILE: download the case's uploaded material file over the API. */
    enum Action { LIST, READ, ACT, API_READ, FILE }

    static final boolean ALLOWED = true;
    static final boolean REFUSED = false;

    static Stream<Arguments> matrix() {
        return Stream.of(
                row("gaj.handler", GAJ, LIST, ALLOWED),
                row("gaj.handler", GAJ, READ, ALLOWED),
                row("gaj.handler", GAJ, ACT, ALLOWED),
                row("gaj.handler", GAJ, API_READ, ALLOWED),
                row("gaj.handler", SCJ, LIST, REFUSED),
                row("gaj.handler", SCJ, READ, REFUSED),
                row("gaj.handler", SCJ, ACT, REFUSED),
                row("gaj.handler", SCJ, API_READ, REFUSED),
                row("gaj.handler", COUNTY_GAJ, LIST, REFUSED),   // same function, other department: by id, not by name
                row("gaj.handler", COUNTY_GAJ, READ, REFUSED),
                row("gaj.handler", COUNTY_GAJ, ACT, REFUSED),
                row("gaj.leader", COUNTY_GAJ, LIST, ALLOWED),    // a leader: also the departments below
                row("gaj.leader", COUNTY_GAJ, READ, ALLOWED),
                row("gaj.leader", COUNTY_GAJ, ACT, ALLOWED),
                row("gaj.leader", SCJ, READ, REFUSED),
                row("scj.handler", SCJ, LIST, ALLOWED),
                row("scj.handler", SCJ, READ, ALLOWED),
                row("scj.handler", SCJ, ACT, ALLOWED),
                row("scj.handler", GAJ, LIST, REFUSED),
                row("scj.handler", GAJ, READ, REFUSED),
                row("scj.handler", GAJ, ACT, REFUSED),
                row("scj.handler", GAJ, API_READ, REFUSED),
                row("tax.handler", SCJ, READ, REFUSED),
                row("office", GAJ, LIST, ALLOWED),               // the office reads every case
                row("office", GAJ, READ, ALLOWED),
                row("office", COUNTY_GAJ, READ, ALLOWED),
                row("office", GAJ, API_READ, ALLOWED),
                row("office", GAJ, ACT, REFUSED),                // and handles none
                row("supervisor", GAJ, READ, REFUSED),
                row("supervisor", GAJ, API_READ, REFUSED),
                row("inspector1", SCJ, READ, REFUSED),
                row("admin", GAJ, READ, REFUSED),
                row("enterprise1", GAJ, LIST, ALLOWED),          // its own cases
                row("enterprise1", GAJ, READ, ALLOWED),
                row("enterprise1", GAJ, API_READ, ALLOWED),
                row("enterprise1", GAJ, ACT, REFUSED),
                row("enterprise2", GAJ, LIST, REFUSED),          // not another's
                row("enterprise2", GAJ, READ, REFUSED),
                row("enterprise2", GAJ, API_READ, REFUSED),
                row("enterprise2", SCJ, ACT, REFUSED),
                row("gaj.handler", GAJ, FILE, ALLOWED),          // material files: whoever may read the case, nobody else
                row("gaj.handler", COUNTY_GAJ, FILE, REFUSED),
                row("gaj.leader", COUNTY_GAJ, FILE, ALLOWED),
                row("scj.handler", GAJ, FILE, REFUSED),
                row("office", GAJ, FILE, ALLOWED),
                row("supervisor", GAJ, FILE, REFUSED),
                row("admin", GAJ, FILE, REFUSED),
                row("enterprise1", GAJ, FILE, ALLOWED),
                row("enterprise2", GAJ, FILE, REFUSED));
    }

    private static Arguments row(String who, Whose whose, Action action, boolean allowed) {
        return Arguments.of(who, whose, action, allowed);
    }

    static final JsonMapper JSON = JsonMapper.builder().build();
    private static final Map<Whose, Long> CASES = new EnumMap<>(Whose.class);

    @LocalServerPort
    int port;
    @Autowired
    JdbcClient jdbc;

    @ParameterizedTest(name = "{0} · {2} · {1} case → {3}")
    @MethodSource("matrix")
    @DisplayName("services: who may list, read and handle whose case")
    void rule(String who, Whose whose, Action action, boolean allowed) {
        long id = caseOf(whose);
        WebUser user = WebUser.demo(port, who);
        boolean enterprise = who.startsWith("enterprise");
        String marker = "/services/cases/" + id + "\"";
        switch (action) {
            case LIST -> {
                WebUser.Response r = user.get(enterprise ? "/enterprise/services" : "/workbench/services");
                if (allowed) {
                    assertThat(r.status()).isEqualTo(200);
                    assertThat(r.body()).contains(marker);
                } else {
                    assertThat(r.body()).doesNotContain(marker);
                }
            }
            case READ -> {
                WebUser.Response r = user.get((enterprise ? "/enterprise" : "/workbench") + "/services/cases/" + id);
                assertThat(r.status()).as(who + " reads " + whose).isEqualTo(allowed ? 200 : r.status() == 403 ? 403 : 404);
                if (!allowed) {
                    assertThat(r.body()).doesNotContain("id=\"case-status\"");
                }
            }
            case ACT -> {
                // 不予受理 without a reason: an allowed user meets the use case's own rule, nothing changes either way
                WebUser.Response r = user.postForm("/workbench/services/cases/" + id + "/decline", Map.of("reason", ""));
                if (allowed) {
                    assertThat(r.status()).isEqualTo(200);
                    assertThat(r.body()).contains("不予受理应写明理由");
                } else {
                    assertThat(r.status()).as(who + " acts on " + whose).isIn(403, 404);
                }
                assertThat(status(id)).isEqualTo("SUBMITTED");
            }
            case FILE -> {
                long file = fileOf(id);
                WebUser.Response r = user.getJson("/api/v1/service-cases/" + id + "/materials/" + file);
                assertThat(r.status()).as(who + " downloads a file of " + whose).isEqualTo(allowed ? 200 : r.status() == 403 ? 403 : 404);
            }
            case API_READ -> {
                WebUser.Response r = user.getJson("/api/v1/service-cases/" + id);
                assertThat(r.status()).as(who + " reads " + whose + " over the API").isEqualTo(allowed ? 200 : r.status() == 403 ? 403 : 404);
            }
        }
    }

    @Test
    @DisplayName("the public reaches guides, e-licence checks and published ratings, and no case page")
    void publicSeesOnlyPublicPages() {
        WebUser anonymous = WebUser.anonymous(port);
        assertThat(anonymous.get("/public/services").status()).isEqualTo(200);
        assertThat(anonymous.get("/public/e-licences").status()).isEqualTo(200);
        assertThat(anonymous.get("/public/services/ratings").status()).isEqualTo(200);
        long id = caseOf(GAJ);
        for (String path : new String[] {"/enterprise/services", "/enterprise/services/cases/" + id, "/workbench/services",
                "/workbench/services/cases/" + id, "/workbench/services/cover"}) {
            WebUser.Response r = anonymous.get(path);
            assertThat(r.body()).as(path).doesNotContain("id=\"case-status\"").doesNotContain("id=\"queue\"");
            assertThat(r.uri().getPath()).as(path).isEqualTo("/login");
        }
        assertThat(anonymous.getJson("/api/v1/service-cases/" + id).status()).isEqualTo(401);
    }

    private synchronized long caseOf(Whose whose) {
        return CASES.computeIfAbsent(whose, w -> {
            String[] item = switch (w) {
                case GAJ -> new String[] {"SVC-GA-001", "CITY"};
                case SCJ -> new String[] {"SVC-SC-003", "CITY"};
                case COUNTY_GAJ -> new String[] {"SVC-GA-001", "COUNTY"};
            };
            long guide = jdbc.sql("SELECT id FROM svc_implementation WHERE item_code = :c AND level = :l")
                    .param("c", item[0]).param("l", item[1]).query(Long.class).single();
            // the city 公安 case comes with the seal imprint uploaded, for the FILE rows (the county guide lists no materials)
            WebUser enterprise = WebUser.demo(port, "enterprise1");
            WebUser.Response r = w != GAJ ? enterprise.postJson("/api/v1/service-cases",
                    "{\"guideId\":" + guide + ",\"requestKey\":\"matrix-" + UUID.randomUUID() + "\"}")
                    : enterprise.sendWithCsrf(new cn.yingshang.support.Multipart().field("guideId", Long.toString(guide))
                    .field("requestKey", "matrix-" + UUID.randomUUID())
                    .file("material-" + jdbc.sql("SELECT seq FROM svc_material WHERE implementation_id = :g AND name = '印章印模'")
                            .param("g", guide).query(Integer.class).single(), "印模.png", cn.yingshang.support.Multipart.PNG)
                    .post(port, "/api/v1/service-cases"));
            assertThat(r.status()).as(r.body()).isEqualTo(201);
            return JSON.readTree(r.body()).get("id").asLong();
        });
    }

    /** The case's material file; the county case, whose guide lists none, gets one put in place. */
    private synchronized long fileOf(long caseId) {
        return jdbc.sql("SELECT id FROM svc_case_material_file WHERE case_id = :c ORDER BY id LIMIT 1").param("c", caseId)
                .query(Long.class).optional().orElseGet(() -> jdbc.sql("""
                        INSERT INTO svc_case_material_file (case_id, name, filename, content_type, size_bytes, data)
                        VALUES (:c, '印章印模', '印模.png', 'PNG', :s, :d) RETURNING id""")
                .param("c", caseId).param("s", cn.yingshang.support.Multipart.PNG.length).param("d", cn.yingshang.support.Multipart.PNG)
                .query(Long.class).single());
    }

    private String status(long id) {
        return jdbc.sql("SELECT status FROM svc_case WHERE id = :id").param("id", id).query(String.class).single();
    }
}
