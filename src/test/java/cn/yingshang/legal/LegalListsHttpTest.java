package cn.yingshang.legal;

import static org.assertj.core.api.Assertions.assertThat;

import cn.yingshang.support.PlatformTest;
import cn.yingshang.support.WebUser;
import java.time.LocalDate;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

/** Issue 18: the legal ledgers page, search and sort on the server instead of stopping at 200 rows. */
@PlatformTest
class LegalListsHttpTest {

    @LocalServerPort
    int port;
    @Autowired
    JdbcClient jdbc;

    static int rows(String body, String tableId) {
        int start = body.indexOf("id=\"" + tableId + "\"");
        if (start < 0) {
            return 0;
        }
        String table = body.substring(start, body.indexOf("</table>", start));
        Matcher m = Pattern.compile("<tr>").matcher(table.substring(table.indexOf("<tbody>")));
        int n = 0;
        while (m.find()) {
            n++;
        }
        return n;
    }

    @Test
    @DisplayName("The stalled-case ledger shows 50 rows a page, the rest on the next, finds one case by number and sorts by clearing date")
    void stalledLedgerPages() {
        long police = jdbc.sql("SELECT department_id FROM platform_account WHERE username = 'police.officer'").query(Long.class).single();
        String code = jdbc.sql("SELECT credit_code FROM registry_market_entity LIMIT 1").query(String.class).single();
        String tag = UUID.randomUUID().toString().substring(0, 6);
        for (int i = 0; i < 260; i++) {
            jdbc.sql("""
                    INSERT INTO legal_stalled_case (reference, case_number, lead_body_id, credit_code, enterprise_name, offence,
                      registered_on, status, clear_by)
                    VALUES (:ref, :no, :body, :code, '某公司', '涉嫌合同诈骗', :reg, 'PENDING', :clear)""")
                    .param("ref", "T" + tag + i).param("no", "分页" + tag + "-" + i).param("body", police).param("code", code)
                    .param("reg", LocalDate.of(2024, 1, 1)).param("clear", LocalDate.of(2030, 1, 1).plusDays(i)).update();
        }
        long total = jdbc.sql("SELECT count(*) FROM legal_stalled_case WHERE lead_body_id = :b").param("b", police).query(Long.class).single();
        WebUser officer = WebUser.demo(port, "police.officer");

        String first = officer.get("/workbench/legal/stalled").body();
        assertThat(rows(first, "stalled")).isEqualTo(50);
        assertThat(first).contains("rel=\"next\"");
        long lastPage = (total + 49) / 50;
        String last = officer.get("/workbench/legal/stalled?page=" + lastPage).body();
        assertThat(rows(last, "stalled")).isEqualTo((int) (total - (lastPage - 1) * 50));

        String found = officer.get("/workbench/legal/stalled?q=" + "分页" + tag + "-137").body();
        assertThat(rows(found, "stalled")).isEqualTo(1);
        assertThat(found).contains("分页" + tag + "-137");

        String latestFirst = officer.get("/workbench/legal/stalled?q=" + "分页" + tag + "&sort=clearBy,desc").body();
        assertThat(latestFirst.indexOf("分页" + tag + "-259")).isPositive().isLessThan(latestFirst.indexOf("分页" + tag + "-258"));
        assertThat(officer.get("/workbench/legal/stalled?sort=nonsense").status()).isEqualTo(400);
    }
}
