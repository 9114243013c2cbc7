package cn.yingshang.policy.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cn.yingshang.policy.internal.Policy.RuleVersion;
import cn.yingshang.shared.DomainViolation;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import tools.jackson.databind.json.JsonMapper;

class RuleValidationTest {

    static final JsonMapper JSON = JsonMapper.builder().build();

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "unknown attribute|{\"all\":[{\"attr\":\"region\",\"op\":\"prefix\",\"value\":\"65\"},{\"attr\":\"turnover\",\"op\":\"gte\",\"value\":1}]}|$.all[1]|未知属性",
            "unknown op|{\"any\":[{\"attr\":\"headcount\",\"op\":\"gt\",\"value\":1}]}|$.any[0]|未知运算",
            "op the attribute does not take|{\"attr\":\"tags\",\"op\":\"eq\",\"value\":\"外贸\"}|$|不支持运算",
            "wrong value type|{\"all\":[{\"not\":{\"attr\":\"headcount\",\"op\":\"gte\",\"value\":\"ten\"}}]}|$.all[0].not|值应为数字",
            "empty group|{\"all\":[{\"any\":[]}]}|$.all[0]|不能为空组",
            "between upside down|{\"attr\":\"revenue\",\"op\":\"between\",\"value\":[10,1]}|$|下限大于上限",
            "invalid size|{\"attr\":\"size\",\"op\":\"eq\",\"value\":\"TINY\"}|$|不是有效的企业规模",
            "invalid region|{\"attr\":\"region\",\"op\":\"eq\",\"value\":\"6501\"}|$|不是有效的行政区划"})
    @DisplayName("an invalid rule is refused with a message naming the offending node")
    void refused(String name, String json, String path, String message) {
        assertThatThrownBy(() -> RuleFormat.parse(JSON.readValue(json, Object.class)))
                .isInstanceOf(DomainViolation.class)
                .hasMessageContaining("规则节点 " + path + "：")
                .hasMessageContaining(message);
    }

    @Test
    @DisplayName("003 §11: a rule that conditions on ownership is refused with the reason")
    void ownershipRefused() {
        assertThatThrownBy(() -> RuleFormat.parse(JSON.readValue(
                "{\"all\":[{\"attr\":\"ownership\",\"op\":\"eq\",\"value\":\"PRIVATE\"}]}", Object.class)))
                .isInstanceOf(DomainViolation.class)
                .hasMessageContaining("$.all[0]").hasMessageContaining("所有制").hasMessageContaining("003 §11");
    }

    @Test
    @DisplayName("the rule format round-trips through its JSON tree")
    void roundTrip() {
        String json = "{\"all\":[{\"attr\":\"revenue\",\"op\":\"between\",\"value\":[10,300.5]},{\"not\":{\"attr\":\"dishonest\",\"op\":\"eq\",\"value\":true}}]}";
        Object tree = RuleFormat.toTree(RuleFormat.parse(JSON.readValue(json, Object.class)));
        assertThat(JSON.writeValueAsString(tree)).isEqualTo(json);
    }

    @Test
    @DisplayName("every evaluation is as of a date: the version valid on that date is chosen")
    void versionAsOfDate() {
        Rule v1 = RuleFormat.parse(JSON.readValue("{\"attr\":\"headcount\",\"op\":\"gte\",\"value\":10}", Object.class));
        Rule v2 = RuleFormat.parse(JSON.readValue("{\"attr\":\"headcount\",\"op\":\"gte\",\"value\":20}", Object.class));
        List<RuleVersion> versions = List.of(
                new RuleVersion(1, 1, v1, LocalDate.of(2026, 1, 1), LocalDate.of(2026, 6, 30)),
                new RuleVersion(1, 2, v2, LocalDate.of(2026, 7, 1), null));
        assertThat(Policy.versionOn(versions, LocalDate.of(2025, 12, 31))).isEmpty();
        assertThat(Policy.versionOn(versions, LocalDate.of(2026, 1, 1))).get().extracting(RuleVersion::version).isEqualTo(1);
        assertThat(Policy.versionOn(versions, LocalDate.of(2026, 6, 30))).get().extracting(RuleVersion::version).isEqualTo(1);
        assertThat(Policy.versionOn(versions, LocalDate.of(2026, 7, 1))).get().extracting(RuleVersion::version).isEqualTo(2);
        assertThat(Policy.versionOn(versions, LocalDate.of(2030, 1, 1))).get().extracting(RuleVersion::version).isEqualTo(2);
    }
}
