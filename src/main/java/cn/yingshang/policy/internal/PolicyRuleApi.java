package cn.yingshang.policy.internal;

import cn.yingshang.platform.Text;
import cn.yingshang.platform.SignedInUser;
import cn.yingshang.shared.CreditCode;
import cn.yingshang.shared.DomainViolation;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Set;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/** The explain API: why a rule holds, fails or is unknown for an entity, as of a date. */
@Tag(name = "policy", description = "policy.policyRuleApi.api.tag.description")
@RestController
class PolicyRuleApi {

    private final PolicyStore store;
    private final PolicyMatching matching;
    private final Clock clock;

    PolicyRuleApi(PolicyStore store, PolicyMatching matching, Clock clock) {
        this.store = store;
        this.matching = matching;
        this.clock = clock;
    }

    record EvaluationJson(Boolean eligible, List<RuleEvaluator.Condition> conditions) {
        static EvaluationJson of(RuleEvaluator.Explanation e) {
            return new EvaluationJson(e.eligible(), e.conditions());
        }
    }

    record RuleEvaluationRequest(Object rule, Map<String, Object> entity, String asOf) {
    }

    @Operation(summary = "policy.policyRuleApi.api.operation.summary")
    @PostMapping("/api/v1/policy-rules/evaluations")
    EvaluationJson evaluate(@RequestBody RuleEvaluationRequest body) {
        Rule rule = RuleFormat.parse(body.rule());
        EntityFacts facts = facts(body.entity() == null ? Map.of() : body.entity());
        return EvaluationJson.of(RuleEvaluator.explain(rule, facts, asOf(body.asOf())));
    }

    record PolicyEvaluationRequest(String creditCode, String asOf) {
    }

    @Operation(summary = "policy.policyRuleApi.api.operation.summary2")
    @PostMapping("/api/v1/policies/{id}/evaluations")
    EvaluationJson evaluatePolicy(@PathVariable long id, @RequestBody PolicyEvaluationRequest body,
                                  @AuthenticationPrincipal SignedInUser user) {
        CreditCode code = CreditCode.of(body.creditCode());
        if (!(user.can("policy:read") || user.isEnterpriseOf(code.value()))) {
            throw new AccessDeniedException(Text.of("policy.ruleApi.ownEntityOnly"));
        }
        Policy policy = store.find(id).orElseThrow(() -> new NoSuchElementException(Text.of("policy.ruleApi.policyNotFound", id)));
        LocalDate asOf = asOf(body.asOf());
        Policy.RuleVersion version = Policy.versionOn(store.versions(id), asOf)
                .orElseThrow(() -> DomainViolation.of("asOf", "policy.policyRuleApi.asOf"));
        EntityFacts facts = matching.facts(code.value()).orElseThrow(() -> new NoSuchElementException(Text.of("policy.ruleApi.entityNotFound", code.value())));
        return EvaluationJson.of(RuleEvaluator.explain(policy.effective(version.rule()), facts, asOf));
    }

    private LocalDate asOf(String text) {
        if (text == null || text.isBlank()) {
            return LocalDate.now(clock);
        }
        try {
            return LocalDate.parse(text);
        } catch (DateTimeParseException e) {
            throw DomainViolation.of("asOf", "policy.policyRuleApi.asOf2");
        }
    }

    /** The API's entity object: attribute names as in the rule catalogue; a missing key is unknown. */
    static EntityFacts facts(Map<String, Object> e) {
        try {
            return new EntityFacts(str(e, "region"), str(e, "industry"), str(e, "size"), str(e, "kind"), str(e, "ownership"),
                    e.get("established") == null ? null : LocalDate.parse(e.get("established").toString()),
                    e.get("headcount") == null ? null : ((Number) e.get("headcount")).intValue(),
                    num(e, "revenue"), num(e, "assets"), labels(e, "qualifications"), labels(e, "tags"),
                    str(e, "creditClass"), e.get("dishonest") == null ? null : (Boolean) e.get("dishonest"), true);
        } catch (ClassCastException | java.time.DateTimeException | NumberFormatException ex) {
            throw DomainViolation.of("entity", "policy.policyRuleApi.entity", ex.getMessage());
        }
    }

    private static String str(Map<String, Object> e, String k) {
        Object v = e.get(k);
        return v == null ? null : v.toString();
    }

    private static Double num(Map<String, Object> e, String k) {
        Object v = e.get(k);
        double value = v == null ? Double.NaN : v instanceof Number n ? n.doubleValue() : new BigDecimal(v.toString()).doubleValue();
        if (v != null && (Double.isNaN(value) || Double.isInfinite(value) || Math.abs(value) >= 1e15)) {
            throw DomainViolation.of("entity", "input.figure-range", k);
        }
        return v == null ? null : value;
    }

    private static Set<String> labels(Map<String, Object> e, String k) {
        Object v = e.get(k);
        if (v == null) {
            return null;
        }
        Set<String> out = new LinkedHashSet<>();
        for (Object x : (List<?>) v) {
            out.add(x.toString());
        }
        return out;
    }
}
