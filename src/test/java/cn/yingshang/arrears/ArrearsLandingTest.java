package cn.yingshang.arrears;

import static org.assertj.core.api.Assertions.assertThat;

import cn.yingshang.platform.Departments;
import cn.yingshang.support.PlatformTest;
import cn.yingshang.support.WebUser;
import java.time.Clock;
import java.time.LocalDate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

/** 004 #37 on the landing pages: the SME sees the arrears it is still owed, the payer's department what it must confirm. */
@PlatformTest
class ArrearsLandingTest {

    @LocalServerPort
    int port;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    Departments departments;
    @Autowired
    Clock clock;

    static long count(String page, String label) {
        Matcher m = Pattern.compile("<span class=\"count\">([^<]*)</span>\\s*<a href=\"[^\"]*\">" + Pattern.quote(label) + "</a>")
                .matcher(page);
        assertThat(m.find()).as("to-do item " + label + " on the page").isTrue();
        return Long.parseLong(m.group(1).replace(",", ""));
    }

    @Test
    @DisplayName("a reported claim counts on the SME's landing page and on the supervising department's, not on another department's")
    void claimsWaitOnBothLandingPages() {
        WebUser office = WebUser.demo(port, "office");
        WebUser sme = WebUser.demo(port, "enterprise1");
        WebUser supervising = WebUser.demo(port, "scj.handler");
        WebUser other = WebUser.demo(port, "rsj.handler");
        ArrearsFixtures fx = new ArrearsFixtures(port, jdbc, departments);
        long payer = fx.payerId(fx.newPublicInstitution(office));

        long unpaid = count(sme.get("/enterprise").body(), "我报告的未清偿账款");
        long toConfirm = count(supervising.get("/workbench").body(), "待本部门确权的欠款");
        String otherBefore = other.get("/workbench").body();
        long otherToConfirm = otherBefore.contains("待本部门确权的欠款") ? count(otherBefore, "待本部门确权的欠款") : 0;

        WebUser.Response r = sme.postJson("/api/v1/arrears/claims",
                ArrearsFixtures.claimJson(null, payer, "66000", "0", LocalDate.now(clock).minusDays(20).toString()));
        assertThat(r.status()).as(r.body()).isEqualTo(201);

        assertThat(count(sme.get("/enterprise").body(), "我报告的未清偿账款")).isEqualTo(unpaid + 1);
        String page = supervising.get("/workbench").body();
        assertThat(count(page, "待本部门确权的欠款")).isEqualTo(toConfirm + 1);
        assertThat(page).contains("/workbench/arrears?status=REPORTED");
        String otherAfter = other.get("/workbench").body();
        assertThat(otherAfter.contains("待本部门确权的欠款") ? count(otherAfter, "待本部门确权的欠款") : 0).isEqualTo(otherToConfirm);
        assertThat(office.get("/workbench").body()).contains("待补充合同信息的欠款诉求");
    }
}
