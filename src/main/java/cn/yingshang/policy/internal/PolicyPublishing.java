package cn.yingshang.policy.internal;

import cn.yingshang.platform.Text;
import cn.yingshang.platform.AuditLog;
import cn.yingshang.policy.internal.Policy.GrantMode;
import cn.yingshang.policy.internal.Policy.RuleVersion;
import cn.yingshang.shared.DomainViolation;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Set;
import org.springframework.stereotype.Service;

/** Publishing a policy and new versions of its rule, with a preview of who would match. */
@Service
class PolicyPublishing {

    private final PolicyStore store;
    private final PolicyMatching matching;
    private final AuditLog audit;

    PolicyPublishing(PolicyStore store, PolicyMatching matching, AuditLog audit) {
        this.store = store;
        this.matching = matching;
        this.audit = audit;
    }

    /** How many would match as of the version's first day, and the difference from the version before it. */
    record Preview(int count, int added, int removed, boolean hasPrevious) {
    }

    Preview preview(String regionScope, Rule rule, GrantMode mode, LocalDate asOf, Rule previous) {
        int[] rows = matching.preview(regionScope, rule, mode == GrantMode.AUTO_GRANT, asOf);
        if (previous == null) {
            return new Preview(rows.length, rows.length, 0, false);
        }
        int[] before = matching.preview(regionScope, previous, mode == GrantMode.AUTO_GRANT, asOf);
        Set<Integer> now = new HashSet<>();
        Arrays.stream(rows).forEach(now::add);
        Set<Integer> was = new HashSet<>();
        Arrays.stream(before).forEach(was::add);
        int added = (int) now.stream().filter(r -> !was.contains(r)).count();
        int removed = (int) was.stream().filter(r -> !now.contains(r)).count();
        return new Preview(rows.length, added, removed, true);
    }

    long publish(Policy draft, Rule rule, String actor) {
        validate(draft);
        Policy published = new Policy(0, draft.title(), draft.issuingDepartment(), draft.departmentId(), draft.documentNumber(),
                draft.legalBasis(), draft.regionScope(), draft.benefitType(), draft.amount(), draft.mode(), draft.validFrom(),
                draft.validTo(), draft.decisionDays(), draft.materials(), Policy.PUBLISHED);
        long id = store.insert(published, actor);
        store.insertVersion(id, 1, rule, draft.validFrom(), draft.validTo(), actor);
        audit.record("policy.publish", "policy", String.valueOf(id), null,
                Map.of("title", draft.title(), "mode", draft.mode().name(), "rule", RuleFormat.toTree(rule)));
        matching.rematchPolicy(id);
        return id;
    }

    /** A new rule version from {@code from}; the one before ends the day before. */
    int publishVersion(long policyId, Rule rule, LocalDate from, String actor) {
        Policy policy = store.find(policyId).orElseThrow(() -> new NoSuchElementException(Text.of("policy.publishing.notFound")));
        List<RuleVersion> versions = store.versions(policyId);
        RuleVersion last = versions.get(versions.size() - 1);
        if (from == null || !from.isAfter(last.validFrom())) {
            throw DomainViolation.of("validFrom", "policy.policyPublishing.validFrom", last.validFrom());
        }
        if (policy.validTo() != null && from.isAfter(policy.validTo())) {
            throw DomainViolation.of("validFrom", "policy.policyPublishing.validFrom2");
        }
        store.closeVersion(policyId, last.version(), from.minusDays(1));
        int version = last.version() + 1;
        store.insertVersion(policyId, version, rule, from, policy.validTo(), actor);
        audit.record("policy.rule.version", "policy", String.valueOf(policyId), RuleFormat.toTree(last.rule()),
                Map.of("version", version, "validFrom", from.toString(), "rule", RuleFormat.toTree(rule)));
        matching.rematchPolicy(policyId);
        return version;
    }

    static void validate(Policy p) {
        require(p.title(), "title", Text.of("policy.publishing.titleRequired"));
        require(p.issuingDepartment(), "issuingDepartment", Text.of("policy.publishing.issuerRequired"));
        require(p.documentNumber(), "documentNumber", Text.of("policy.publishing.documentNumberRequired"));
        require(p.legalBasis(), "legalBasis", Text.of("policy.publishing.basisRequired"));
        if (p.validFrom() == null) {
            throw DomainViolation.of("validFrom", "policy.policyPublishing.validFrom3");
        }
        if (p.validTo() != null && p.validTo().isBefore(p.validFrom())) {
            throw DomainViolation.of("validTo", "policy.policyPublishing.validTo");
        }
        if (p.decisionDays() < 1 || p.decisionDays() > 60) {
            throw DomainViolation.of("decisionDays", "policy.policyPublishing.decisionDays");
        }
        Policy.AmountRule a = p.amount();
        if (Policy.AmountRule.FIXED.equals(a.kind())) {
            if (a.fixed() == null || a.fixed().signum() <= 0) {
                throw DomainViolation.of("amountFixed", "policy.policyPublishing.amountFixed");
            }
        } else {
            if (a.percent() == null || a.percent().signum() <= 0 || a.percent().doubleValue() > 100) {
                throw DomainViolation.of("amountPercent", "policy.policyPublishing.amountPercent");
            }
            if (!"revenue".equals(a.attribute()) && !"assets".equals(a.attribute())) {
                throw DomainViolation.of("amountAttribute", "policy.policyPublishing.amountAttribute");
            }
            if (a.cap() == null || a.cap().signum() <= 0) {
                throw DomainViolation.of("amountCap", "policy.policyPublishing.amountCap");
            }
        }
    }

    private static void require(String value, String field, String message) {
        if (value == null || value.isBlank()) {
            throw new DomainViolation(field, message);
        }
    }
}
