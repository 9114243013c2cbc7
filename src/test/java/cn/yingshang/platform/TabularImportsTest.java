package cn.yingshang.platform;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cn.yingshang.platform.TabularImports.Column;
import cn.yingshang.platform.TabularImports.Outcome;
import cn.yingshang.shared.DomainViolation;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.context.support.ResourceBundleMessageSource;

/** The import pipeline on the registry's real layout and texts, without the registry behind it. */
class TabularImportsTest {

    static final TabularImports.Layout LAYOUT = new TabularImports.Layout("registry.import", List.of(
            Column.required("creditCode", "credit_code"), Column.required("established", "established"),
            Column.optional("registeredCapital", "registered_capital")));

    final TabularImports imports = new TabularImports(messages());

    static ResourceBundleMessageSource messages() {
        ResourceBundleMessageSource source = new ResourceBundleMessageSource();
        source.setBasenames("i18n/messages", "i18n/registry");
        source.setDefaultEncoding("UTF-8");
        return source;
    }

    static byte[] csv(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }

    @Test
    @DisplayName("rows reach the handler by field (Chinese label with a unit, or English name); refusals carry line and label")
    void runsEveryRow() {
        List<String> seen = new ArrayList<>();
        var report = imports.run(LAYOUT, "a.csv", csv("""
                统一社会信用代码,成立日期,注册资本（万元）
                A1,2020-01-02,100
                A2,2020/13/40,5
                A3,2021.3.4,
                """), row -> {
            LocalDate established = row.date("established");
            seen.add(row.cell("creditCode") + "|" + established + "|" + row.cell("registeredCapital"));
            return row.cell("creditCode").equals("A3") ? Outcome.UPDATED : Outcome.CREATED;
        });
        assertThat(seen).containsExactly("A1|2020-01-02|100", "A3|2021-03-04|");
        assertThat(report.created()).isEqualTo(1);
        assertThat(report.updated()).isEqualTo(1);
        assertThat(report.rejected()).singleElement().satisfies(r -> {
            assertThat(r.line()).isEqualTo(3);
            assertThat(r.reason()).isEqualTo("成立日期：日期格式应为YYYY-MM-DD，实为“2020/13/40”");
        });
        var english = imports.run(LAYOUT, "b.csv", csv("credit_code,ESTABLISHED\nB1,2020-01-02\n"), row -> Outcome.CREATED);
        assertThat(english.created()).isEqualTo(1);
    }

    @Test
    @DisplayName("a file without a required column is refused as a whole, naming the column")
    void refusesMissingColumn() {
        assertThatThrownBy(() -> imports.run(LAYOUT, "a.csv", csv("统一社会信用代码\nA1\n"), row -> Outcome.CREATED))
                .isInstanceOf(DomainViolation.class)
                .hasMessage("第1行表头缺少必需列：成立日期（可下载导入模板）");
    }

    @Test
    @DisplayName("the template is a UTF-8 CSV with BOM: the layout's labels, then the module's example row")
    void writesTemplate() {
        var response = imports.template(LAYOUT);
        String body = new String(response.getBody(), StandardCharsets.UTF_8);
        assertThat(body).startsWith("\uFEFF统一社会信用代码,成立日期,注册资本\n91650102MA78G0XY1C,");
        assertThat(response.getHeaders().getFirst("Content-Disposition")).contains(".csv");
        assertThat(response.getHeaders().getContentType().toString()).startsWith("text/csv");
    }
}
