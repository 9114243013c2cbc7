package cn.yingshang.policy.internal;

import cn.yingshang.platform.ApiScope;
import cn.yingshang.platform.SignedInUser;
import cn.yingshang.platform.Text;
import cn.yingshang.shared.Regions;
import cn.yingshang.shared.DomainViolation;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.NoSuchElementException;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/**
 * The policy pages' actions as API operations (issue 17): publish a policy and a new rule version,
 * an enterprise's application, the decision on it, the payout batch approval and the decision on a
 * payout objection. Each calls the same use case as the page after the same {@link PolicyAccess}
 * check, so the department that published a policy is the one that acts on it.
 */
@Tag(name = "policy")
@RestController
class PolicyApi {

    private final PolicyStore store;
    private final PolicyPublishing publishing;
    private final Applications applications;
    private final Grants grants;
    private final PayoutObjections objections;
    private final PolicyAccess access;

    PolicyApi(PolicyStore store, PolicyPublishing publishing, Applications applications, Grants grants,
              PayoutObjections objections, PolicyAccess access) {
        this.store = store;
        this.publishing = publishing;
        this.applications = applications;
        this.grants = grants;
        this.objections = objections;
        this.access = access;
    }

    /** A fixed amount ({@code FIXED}: fixed) or a percentage of revenue or assets with a cap ({@code PERCENT}); 万元. */
    record PolicyAmount(String kind, BigDecimal fixed, String attribute, BigDecimal percent, BigDecimal cap) {
    }

    /** What the publication form asks; {@code rule} is the rule tree of the rule evaluation operation. */
    record PolicyPublication(String title, String issuingDepartment, String documentNumber, String legalBasis,
                             String regionScope, Policy.BenefitType benefitType, PolicyAmount amount,
                             Policy.GrantMode mode, LocalDate validFrom, LocalDate validTo, Integer decisionDays,
                             List<String> materials, Object rule) {
    }

    record PolicyVersionJson(int version, LocalDate validFrom, LocalDate validTo) {
    }

    record PolicyJson(long id, String title, String issuingDepartment, Long departmentId, String documentNumber,
                      String legalBasis, String regionScope, Policy.BenefitType benefitType, PolicyAmount amount,
                      Policy.GrantMode mode, LocalDate validFrom, LocalDate validTo, int decisionDays,
                      List<String> materials, String status, long matchCount, List<PolicyVersionJson> versions) {
    }

    @Operation(operationId = "getPolicy", summary = "policy.api.get")
    @GetMapping("/api/v1/policies/{id}")
    @PreAuthorize("hasAuthority('policy:read')")
    @ApiScope("policy:read")
    PolicyJson get(@PathVariable long id, @AuthenticationPrincipal SignedInUser user) {
        Policy policy = policy(id);
        access.requireRead(user, policy);
        return json(policy);
    }

    @Operation(operationId = "publishPolicy", summary = "policy.api.publish")
    @PostMapping("/api/v1/policies")
    @PreAuthorize("hasAuthority('policy:publish')")
    @ApiScope("policy:publish")
    ResponseEntity<PolicyJson> publish(@RequestBody PolicyPublication body, @AuthenticationPrincipal SignedInUser user) {
        Policy draft = draft(body, user);
        Rule rule = rule(body.rule());
        long id = publishing.publish(draft, rule, user.username());
        return ResponseEntity.status(HttpStatus.CREATED).body(json(policy(id)));
    }

    record PolicyNewVersion(LocalDate validFrom, Object rule) {
    }

    @Operation(operationId = "publishPolicyVersion", summary = "policy.api.version")
    @PostMapping("/api/v1/policies/{id}/versions")
    @PreAuthorize("hasAuthority('policy:publish')")
    @ApiScope("policy:publish")
    ResponseEntity<PolicyJson> publishVersion(@PathVariable long id, @RequestBody PolicyNewVersion body,
                                              @AuthenticationPrincipal SignedInUser user) {
        Policy policy = policy(id);
        access.requirePublishVersion(user, policy);
        if (body.validFrom() == null) {
            throw DomainViolation.of("validFrom", "policy.policyPages.violation2");
        }
        publishing.publishVersion(id, rule(body.rule()), body.validFrom(), user.username());
        return ResponseEntity.status(HttpStatus.CREATED).body(json(policy));
    }

    /** One of the materials the policy lists, by its name there; content is the file, base64 in JSON. */
    record PolicyMaterial(String name, String filename, byte[] content) {
    }

    record PolicyApplicationRequest(String statement, List<PolicyMaterial> materials) {
    }

    record PolicyApplicationJson(long id, long policyId, String creditCode, String entityName, String statement,
                                 String status, String statusLabel, LocalDate submittedOn, LocalDate dueOn,
                                 String decidedBy, LocalDate decidedOn, String reason, BigDecimal amount) {
        static PolicyApplicationJson of(Applications.Application a) {
            return new PolicyApplicationJson(a.id(), a.policyId(), a.creditCode(), a.entityName(), a.statement(), a.status(),
                    a.statusLabel(), a.submittedOn(), a.dueOn(), a.decidedBy(), a.decidedOn(), a.reason(), a.amount());
        }
    }

    @Operation(operationId = "applyForPolicy", summary = "policy.api.apply")
    @PostMapping("/api/v1/policies/{id}/applications")
    ResponseEntity<PolicyApplicationJson> apply(@PathVariable long id, @RequestBody PolicyApplicationRequest body,
                                                @AuthenticationPrincipal SignedInUser user) {
        if (user.creditCode() == null) {
            throw new AccessDeniedException(Text.of("policy.api.enterprise-only"));
        }
        policy(id);
        List<Applications.Material> materials = body.materials() == null ? List.of() : body.materials().stream().filter(java.util.Objects::nonNull)
                .map(m -> new Applications.Material(m.name(), m.filename(), m.content() == null ? new byte[0] : m.content()))
                .toList();
        Applications.Application a = applications.apply(id, user.creditCode(), user.displayName(),
                body.statement() == null ? "" : body.statement(), materials);
        return ResponseEntity.status(HttpStatus.CREATED).body(PolicyApplicationJson.of(a));
    }

    enum PolicyDecision { GRANT, REJECT }

    record PolicyApplicationDecision(PolicyDecision decision, String reason) {
    }

    @Operation(operationId = "decidePolicyApplication", summary = "policy.api.decide")
    @PostMapping("/api/v1/policy-applications/{id}/decision")
    @PreAuthorize("hasAuthority('policy:decide')")
    @ApiScope("policy:decide")
    PolicyApplicationJson decide(@PathVariable long id, @RequestBody PolicyApplicationDecision body,
                                 @AuthenticationPrincipal SignedInUser user) {
        Applications.Application submitted = applications.byId(id)
                .orElseThrow(() -> new NoSuchElementException(Text.of("policy.pages.applicationNotFound")));
        access.requireDecide(user, policy(submitted.policyId()));
        if (body.decision() == null) {
            throw DomainViolation.of("decision", "policy.api.decision-required");
        }
        return PolicyApplicationJson.of(applications.decide(id, body.decision() == PolicyDecision.GRANT,
                body.reason() == null ? "" : body.reason(), user.username()));
    }

    record PolicyBatchJson(long id, long policyId, String status, String approvedBy, LocalDate noticeFrom,
                           LocalDate objectionUntil, int items, BigDecimal total) {
        static PolicyBatchJson of(Grants.Batch b) {
            return new PolicyBatchJson(b.id(), b.policyId(), b.status(), b.approvedBy(), b.noticeFrom(), b.objectionUntil(),
                    b.items(), b.total());
        }
    }

    @Operation(operationId = "approvePolicyPayoutBatch", summary = "policy.api.approve")
    @PostMapping("/api/v1/policies/{id}/batches/{batchId}/approval")
    @PreAuthorize("hasAuthority('policy:approve')")
    @ApiScope("policy:approve")
    PolicyBatchJson approve(@PathVariable long id, @PathVariable long batchId, @AuthenticationPrincipal SignedInUser user) {
        Policy policy = policy(id);
        access.requireApprove(user, policy);
        return PolicyBatchJson.of(grants.approve(batchId, policy, user.username()));
    }

    record PolicyObjectionDecision(Boolean upheld, String reason) {
    }

    record PolicyObjectionJson(long id, long batchId, String subjectCode, String reason, String trackingNumber,
                               String decision, String decisionReason, String decidedBy, LocalDate decidedOn) {
    }

    @Operation(operationId = "decidePolicyPayoutObjection", summary = "policy.api.objection")
    @PostMapping("/api/v1/policies/{id}/objections/{objectionId}/decision")
    @PreAuthorize("hasAuthority('policy:approve')")
    @ApiScope("policy:approve")
    PolicyObjectionJson decideObjection(@PathVariable long id, @PathVariable long objectionId,
                                        @RequestBody PolicyObjectionDecision body, @AuthenticationPrincipal SignedInUser user) {
        access.requireDecideObjection(user, policy(id));
        if (body.upheld() == null) {
            throw DomainViolation.of("upheld", "policy.api.upheld-required");
        }
        PayoutObjections.Objection o = objections.decide(id, objectionId, body.upheld(), body.reason(), user.displayName());
        return new PolicyObjectionJson(o.id(), o.batchId(), o.subjectCode(), o.reason(), o.trackingNumber(), o.decision(),
                o.decisionReason(), o.decidedBy(), o.decidedOn());
    }

    private Policy policy(long id) {
        return store.find(id).orElseThrow(() -> new NoSuchElementException(Text.of("policy.pages.policyNotFound", id)));
    }

    private static Rule rule(Object tree) {
        if (tree == null) {
            throw DomainViolation.of("rule", "policy.api.rule-required");
        }
        return RuleFormat.parse(tree);
    }

    private PolicyJson json(Policy p) {
        Policy.AmountRule a = p.amount();
        return new PolicyJson(p.id(), p.title(), p.issuingDepartment(), p.departmentId(), p.documentNumber(), p.legalBasis(),
                p.regionScope(), p.benefitType(), new PolicyAmount(a.kind(), a.fixed(), a.attribute(), a.percent(), a.cap()),
                p.mode(), p.validFrom(), p.validTo(), p.decisionDays(), p.materials(), p.status(), store.matchCount(p.id()),
                store.versions(p.id()).stream().map(v -> new PolicyVersionJson(v.version(), v.validFrom(), v.validTo())).toList());
    }

    /** The page's draft rules: the same messages for a missing mode, type, region or decision time. */
    private static Policy draft(PolicyPublication b, SignedInUser user) {
        if (b.mode() == null) {
            throw new DomainViolation("mode", Text.of("policy.pages.modeRequired"));
        }
        if (b.benefitType() == null) {
            throw new DomainViolation("benefitType", Text.of("policy.pages.kindRequired"));
        }
        if (b.regionScope() == null || Regions.find(b.regionScope()).isEmpty()) {
            throw DomainViolation.of("regionScope", "policy.policyPages.regionScope");
        }
        if (b.decisionDays() == null) {
            throw DomainViolation.of("decisionDays", "policy.policyPages.decisionDays");
        }
        if (b.validFrom() == null) {
            throw DomainViolation.of("validFrom", "policy.policyPages.violation2");
        }
        PolicyAmount in = b.amount() == null ? new PolicyAmount(null, null, null, null, null) : b.amount();
        Policy.AmountRule amount = new Policy.AmountRule(
                Policy.AmountRule.PERCENT.equals(in.kind()) ? Policy.AmountRule.PERCENT : Policy.AmountRule.FIXED,
                in.fixed(), in.attribute(), in.percent(), in.cap());
        return new Policy(0, strip(b.title()), strip(b.issuingDepartment()),
                user.departmentId() == null ? null : user.departmentId().value(), strip(b.documentNumber()),
                strip(b.legalBasis()), b.regionScope(), b.benefitType(), amount, b.mode(), b.validFrom(), b.validTo(),
                b.decisionDays(), b.materials() == null ? List.of() : b.materials().stream().filter(java.util.Objects::nonNull).map(String::strip)
                .filter(s -> !s.isEmpty()).toList(), Policy.DRAFT);
    }

    private static String strip(String s) {
        return s == null ? null : s.strip();
    }
}
