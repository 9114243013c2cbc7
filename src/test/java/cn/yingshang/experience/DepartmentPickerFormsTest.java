package cn.yingshang.experience;

import static org.assertj.core.api.Assertions.assertThat;

import cn.yingshang.support.PlatformTest;
import cn.yingshang.support.WebUser;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

/** Issue 18: forms that choose one of some 280 departments use the searchable picker grouped by region, not a flat list. */
@PlatformTest
class DepartmentPickerFormsTest {

    @LocalServerPort
    int port;
    @Autowired
    JdbcClient jdbc;

    @Test
    @DisplayName("the arrears payer form and the survey question form offer the department picker")
    void pickerOnPayerAndSurveyForms() {
        WebUser office = WebUser.demo(port, "office");
        assertPicker(office.get("/workbench/arrears/payers").body(), "supervisingDepartmentId");
        // questions are added to a draft only: a survey of its own, whatever other tests have sent
        long survey = jdbc.sql("INSERT INTO cockpit_survey (title, intro, status, created_at) VALUES ('部门选择器检查问卷', '', 'DRAFT', now()) RETURNING id")
                .query(Long.class).single();
        assertPicker(office.get("/cockpit/surveys/" + survey).body(), "departmentId");
    }

    private static void assertPicker(String page, String name) {
        int at = page.indexOf("<select id=\"" + name + "\" name=\"" + name + "\"");
        assertThat(at).as("select " + name).isPositive();
        String before = page.substring(page.lastIndexOf("<div", page.lastIndexOf("<label", at)), at);
        assertThat(before).contains("department-picker").contains("type=\"search\"").contains("hx-get=\"/departments/options");
        assertThat(page.substring(at, page.indexOf("</select>", at))).contains("<optgroup label=");
    }
}
