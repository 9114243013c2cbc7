package cn.yingshang.policy.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import tools.jackson.databind.json.JsonMapper;

/**
 * The rule table: every operator, unknown values and nested groups, each row checked by the
 * explaining evaluator and by the compiled engine (they must agree).
 */
class RuleEvaluationTableTest {

    static final LocalDate AS_OF = LocalDate.of(2026, 6, 30);
    static final JsonMapper JSON = JsonMapper.builder().build();

    static final EntityFacts SOFTWARE_SME = new EntityFacts("650102", "I6513", "SMALL", "ENTERPRISE", "PRIVATE",
            LocalDate.of(2021, 6, 30), 25, 600.0, 720.5, Set.of("高新技术企业"), Set.of("外贸"), "B", false, true);
    /** Headcount, revenue and size unknown (the registry lacks them). */
    static final EntityFacts SHOP_UNKNOWN_FIGURES = new EntityFacts("652901", "F5261", null, "INDIVIDUAL", "PRIVATE",
            LocalDate.of(2024, 7, 1), null, null, 30.0, Set.of(), Set.of(), "C", true, true);

    static Stream<Arguments> table() {
        return Stream.of(
                row("eq on region", "{\"attr\":\"region\",\"op\":\"eq\",\"value\":\"650102\"}", SOFTWARE_SME, true),
                row("eq on region, other county", "{\"attr\":\"region\",\"op\":\"eq\",\"value\":\"650103\"}", SOFTWARE_SME, false),
                row("prefix 6501 covers 乌鲁木齐", "{\"attr\":\"region\",\"op\":\"prefix\",\"value\":\"6501\"}", SOFTWARE_SME, true),
                row("prefix 6529 excludes 乌鲁木齐", "{\"attr\":\"region\",\"op\":\"prefix\",\"value\":\"6529\"}", SOFTWARE_SME, false),
                row("industry prefix I65 matches the group", "{\"attr\":\"industry\",\"op\":\"prefix\",\"value\":\"I65\"}", SOFTWARE_SME, true),
                row("industry in", "{\"attr\":\"industry\",\"op\":\"in\",\"value\":[\"C1371\",\"I6513\"]}", SOFTWARE_SME, true),
                row("size in", "{\"attr\":\"size\",\"op\":\"in\",\"value\":[\"SMALL\",\"MICRO\"]}", SOFTWARE_SME, true),
                row("size unknown is unknown", "{\"attr\":\"size\",\"op\":\"in\",\"value\":[\"SMALL\",\"MICRO\"]}", SHOP_UNKNOWN_FIGURES, null),
                row("kind eq", "{\"attr\":\"kind\",\"op\":\"eq\",\"value\":\"ENTERPRISE\"}", SHOP_UNKNOWN_FIGURES, false),
                row("ageYears: five whole years on the anniversary", "{\"attr\":\"ageYears\",\"op\":\"gte\",\"value\":5}", SOFTWARE_SME, true),
                row("ageYears: not six yet", "{\"attr\":\"ageYears\",\"op\":\"gte\",\"value\":6}", SOFTWARE_SME, false),
                row("ageYears: one day short of two years is one", "{\"attr\":\"ageYears\",\"op\":\"eq\",\"value\":1}", SHOP_UNKNOWN_FIGURES, true),
                row("headcount gte", "{\"attr\":\"headcount\",\"op\":\"gte\",\"value\":25}", SOFTWARE_SME, true),
                row("headcount lte", "{\"attr\":\"headcount\",\"op\":\"lte\",\"value\":24}", SOFTWARE_SME, false),
                row("headcount unknown", "{\"attr\":\"headcount\",\"op\":\"gte\",\"value\":1}", SHOP_UNKNOWN_FIGURES, null),
                row("revenue between, lower end inclusive", "{\"attr\":\"revenue\",\"op\":\"between\",\"value\":[600,1000]}", SOFTWARE_SME, true),
                row("revenue between, upper end inclusive", "{\"attr\":\"revenue\",\"op\":\"between\",\"value\":[100,600]}", SOFTWARE_SME, true),
                row("revenue between, outside", "{\"attr\":\"revenue\",\"op\":\"between\",\"value\":[601,1000]}", SOFTWARE_SME, false),
                row("assets with decimals", "{\"attr\":\"assets\",\"op\":\"gte\",\"value\":720.5}", SOFTWARE_SME, true),
                row("qualification has", "{\"attr\":\"qualifications\",\"op\":\"has\",\"value\":\"高新技术企业\"}", SOFTWARE_SME, true),
                row("qualification lacking", "{\"attr\":\"qualifications\",\"op\":\"has\",\"value\":\"专精特新中小企业\"}", SOFTWARE_SME, false),
                row("tag has", "{\"attr\":\"tags\",\"op\":\"has\",\"value\":\"外贸\"}", SOFTWARE_SME, true),
                row("credit class in", "{\"attr\":\"creditClass\",\"op\":\"in\",\"value\":[\"A\",\"B\"]}", SHOP_UNKNOWN_FIGURES, false),
                row("dishonest eq false", "{\"attr\":\"dishonest\",\"op\":\"eq\",\"value\":false}", SOFTWARE_SME, true),
                row("dishonest eq false, listed", "{\"attr\":\"dishonest\",\"op\":\"eq\",\"value\":false}", SHOP_UNKNOWN_FIGURES, false),
                row("all: a false child decides even with an unknown",
                        "{\"all\":[{\"attr\":\"headcount\",\"op\":\"gte\",\"value\":1},{\"attr\":\"kind\",\"op\":\"eq\",\"value\":\"ENTERPRISE\"}]}",
                        SHOP_UNKNOWN_FIGURES, false),
                row("all: unknown when none false but one unknown",
                        "{\"all\":[{\"attr\":\"headcount\",\"op\":\"gte\",\"value\":1},{\"attr\":\"kind\",\"op\":\"eq\",\"value\":\"INDIVIDUAL\"}]}",
                        SHOP_UNKNOWN_FIGURES, null),
                row("any: a true child decides even with an unknown",
                        "{\"any\":[{\"attr\":\"headcount\",\"op\":\"gte\",\"value\":1},{\"attr\":\"kind\",\"op\":\"eq\",\"value\":\"INDIVIDUAL\"}]}",
                        SHOP_UNKNOWN_FIGURES, true),
                row("any: unknown when none true but one unknown",
                        "{\"any\":[{\"attr\":\"headcount\",\"op\":\"gte\",\"value\":1},{\"attr\":\"kind\",\"op\":\"eq\",\"value\":\"ENTERPRISE\"}]}",
                        SHOP_UNKNOWN_FIGURES, null),
                row("not of unknown is unknown", "{\"not\":{\"attr\":\"revenue\",\"op\":\"gte\",\"value\":1}}", SHOP_UNKNOWN_FIGURES, null),
                row("not of false is true", "{\"not\":{\"attr\":\"dishonest\",\"op\":\"eq\",\"value\":true}}", SOFTWARE_SME, true),
                row("nested: all of any of not",
                        "{\"all\":[{\"attr\":\"region\",\"op\":\"prefix\",\"value\":\"65\"},{\"any\":[{\"attr\":\"size\",\"op\":\"eq\",\"value\":\"MICRO\"},"
                                + "{\"all\":[{\"attr\":\"industry\",\"op\":\"prefix\",\"value\":\"I\"},{\"not\":{\"attr\":\"creditClass\",\"op\":\"eq\",\"value\":\"D\"}}]}]}]}",
                        SOFTWARE_SME, true));
    }

    static Arguments row(String name, String rule, EntityFacts facts, Boolean expected) {
        return Arguments.of(name, rule, facts, expected);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("table")
    @DisplayName("rule format: each op, unknowns (three-valued logic) and nested groups, as of 2026-06-30")
    void table(String name, String json, EntityFacts facts, Boolean expected) {
        Rule rule = RuleFormat.parse(JSON.readValue(json, Object.class));
        assertThat(RuleEvaluator.evaluate(rule, facts, AS_OF)).as("explaining evaluator").isEqualTo(expected);

        EntityColumns table = new EntityColumns();
        int row = table.put("X", facts);
        CompiledRule compiled = new CompiledRule(1, rule, false, table, AS_OF);
        assertThat(compiled.matches(row)).as("compiled engine").isEqualTo(Boolean.TRUE.equals(expected));
        assertThat(new MatchEngine(table).match(compiled)).as("indexed match").hasSize(Boolean.TRUE.equals(expected) ? 1 : 0);
    }

    @org.junit.jupiter.api.Test
    @DisplayName("the explanation names each condition with its path, result, the entity's value and the threshold")
    void explanation() {
        Rule rule = RuleFormat.parse(JSON.readValue(
                "{\"all\":[{\"attr\":\"headcount\",\"op\":\"gte\",\"value\":10},{\"attr\":\"revenue\",\"op\":\"gte\",\"value\":100}]}", Object.class));
        RuleEvaluator.Explanation e = RuleEvaluator.explain(rule, SHOP_UNKNOWN_FIGURES, AS_OF);
        assertThat(e.eligible()).isNull();
        assertThat(e.conditions()).extracting(RuleEvaluator.Condition::path).containsExactly("$.all[0]", "$.all[1]");
        assertThat(e.conditions().get(0).actual()).isNull();
        assertThat(e.conditions().get(0).expected()).isEqualTo(10L);
    }

    @org.junit.jupiter.api.Test
    @DisplayName("a near miss fails by exactly one condition, and says which")
    void nearMiss() {
        Rule one = RuleFormat.parse(Map.of("all", List.of(
                Map.of("attr", "region", "op", "prefix", "value", "6501"),
                Map.of("attr", "qualifications", "op", "has", "value", "专精特新中小企业"))));
        assertThat(RuleEvaluator.nearMiss(one, SOFTWARE_SME, AS_OF)).get()
                .extracting(n -> n.condition().attr()).isEqualTo("qualifications");
        Rule two = RuleFormat.parse(Map.of("all", List.of(
                Map.of("attr", "region", "op", "prefix", "value", "6529"),
                Map.of("attr", "qualifications", "op", "has", "value", "专精特新中小企业"))));
        assertThat(RuleEvaluator.nearMiss(two, SOFTWARE_SME, AS_OF)).isEmpty();
    }
}
