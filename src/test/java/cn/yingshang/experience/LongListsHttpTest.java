package cn.yingshang.experience;

import static org.assertj.core.api.Assertions.assertThat;

import cn.yingshang.support.PlatformTest;
import cn.yingshang.support.WebUser;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Issue 18: lists that can grow past 50 rows are searched, filtered, sorted and paged on the server
 * instead of being cut off at a fixed number of rows.
 */
@PlatformTest
class LongListsHttpTest {

    private static final Pattern PLAN_LINK = Pattern.compile("href=\"/workbench/inspections/plans/\\d+\">([^<]+)</a>");

    @LocalServerPort
    int port;
    @Autowired
    JdbcClient jdbc;

    @Test
    @DisplayName("the inspection plan list pages 260 plans 50 at a time, searches by title, filters by year and state, sorts by title")
    void inspectionPlansArePaged() {
        String tag = "分页计划" + UUID.randomUUID().toString().substring(0, 6);
        long lead = jdbc.sql("SELECT department_id FROM platform_account WHERE username = 'scj.handler'").query(Long.class).single();
        // more than the old cap of 200: the last of them was never shown before
        for (int i = 1; i <= 260; i++) {
            jdbc.sql("""
                            INSERT INTO inspection_plan (title, plan_year, lead_department_id, ratio_a, ratio_b, ratio_c, ratio_d,
                                                         exclusion_days, created_by, created_at)
                            VALUES (:t, :y, :d, 5, 5, 5, 5, 365, 'scj.handler', now())""")
                    .param("t", tag + String.format("-%03d", i)).param("y", i <= 20 ? 2019 : 2026).param("d", lead).update();
        }
        WebUser office = WebUser.demo(port, "office");
        String first = office.get("/workbench/inspections/plans?q=" + tag).body();
        assertThat(titles(first)).hasSize(50);
        assertThat(first).contains("共 260 条").contains("rel=\"next\"");
        String last = office.get("/workbench/inspections/plans?q=" + tag + "&page=6").body();
        assertThat(titles(last)).hasSize(10);
        String sorted = office.get("/workbench/inspections/plans?q=" + tag + "&sort=title,asc").body();
        assertThat(titles(sorted).get(0)).isEqualTo(tag + "-001");
        String descending = office.get("/workbench/inspections/plans?q=" + tag + "&sort=title,desc").body();
        assertThat(titles(descending).get(0)).isEqualTo(tag + "-260");
        String year = office.get("/workbench/inspections/plans?q=" + tag + "&year=2019").body();
        assertThat(titles(year)).hasSize(20).allMatch(t -> t.compareTo(tag + "-021") < 0);
        assertThat(year).contains("共 20 条");
        assertThat(office.get("/workbench/inspections/plans?q=" + tag + "&state=DRAWN").body()).contains("共 0 条")
                .contains("没有符合条件的抽查计划");
        assertThat(office.get("/workbench/inspections/plans?sort=nonsense").status()).isEqualTo(400);
    }

    @Test
    @DisplayName("双公示: a day with 120 licences is shown 50 at a time, searchable by the party, in a table that scrolls on a phone")
    void disclosuresArePaged() {
        String tag = "分页相对人" + UUID.randomUUID().toString().substring(0, 6);
        java.time.LocalDate day = java.time.LocalDate.of(2019, 3, 4).plusDays(new java.util.Random().nextInt(300));
        for (int i = 1; i <= 120; i++) {
            jdbc.sql("""
                            INSERT INTO publication_decision (kind, source, source_id, credit_code, region_code, decided_on, due_on,
                                                              published_on, fields, changed_at)
                            VALUES ('LICENSING', 'test-paging', :sid, '91650102MA00000000', '650102', :d, :d, :d,
                                    jsonb_build_object('subjectName', CAST(:name AS TEXT), 'content', '分页测试许可', 'authority', '测试机关'), now())""")
                    .param("sid", tag + "-" + i).param("d", day).param("name", tag + String.format("-%03d", i)).update();
        }
        WebUser office = WebUser.demo(port, "office");
        String first = office.get("/workbench/disclosures?day=" + day).body();
        assertThat(first).contains("共 120 条").contains("class=\"table-wrap\"");
        assertThat(count(first, tag)).isEqualTo(50);
        assertThat(count(office.get("/workbench/disclosures?day=" + day + "&page=3").body(), tag)).isEqualTo(20);
        String found = office.get("/workbench/disclosures?day=" + day + "&q=" + tag + "-007").body();
        assertThat(found).contains("共 1 条").contains(tag + "-007");
        assertThat(office.get("/workbench/disclosures?day=" + day + "&kind=PENALTY").body()).contains("共 0 条");
    }

    private static int count(String page, String text) {
        return page.split(java.util.regex.Pattern.quote(text), -1).length - 1;
    }

    private static java.util.List<String> titles(String page) {
        java.util.List<String> out = new java.util.ArrayList<>();
        Matcher m = PLAN_LINK.matcher(page);
        while (m.find()) {
            out.add(m.group(1));
        }
        return out;
    }
}
