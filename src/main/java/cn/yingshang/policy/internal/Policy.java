package cn.yingshang.policy.internal;

import cn.yingshang.platform.Text;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.List;

/** A published benefit policy (惠企政策) with what it grants and how. */
@cn.yingshang.shared.DomainType
record Policy(long id, String title, String issuingDepartment, Long departmentId, String documentNumber,
              String legalBasis, String regionScope, BenefitType benefitType, AmountRule amount, GrantMode mode,
              LocalDate validFrom, LocalDate validTo, int decisionDays, List<String> materials, String status) {

    static final String DRAFT = "DRAFT";
    static final String PUBLISHED = "PUBLISHED";

    public boolean inForceOn(LocalDate date) {
        return PUBLISHED.equals(status) && !date.isBefore(validFrom) && (validTo == null || !date.isAfter(validTo));
    }

    /** The region scope as a code prefix: 650000 → 65, 650100 → 6501, a county stays whole. */
    static String scopePrefix(String regionScope) {
        String p = regionScope;
        while (p.length() > 2 && p.endsWith("00")) {
            p = p.substring(0, p.length() - 2);
        }
        return p;
    }

    /** The officer's rule within the policy's region scope: the scope is always the first condition. */
    Rule effective(Rule rule) {
        return effective(regionScope, rule);
    }

    static Rule effective(String regionScope, Rule rule) {
        return Rule.all(new Rule.Leaf(Attribute.REGION, Op.PREFIX, scopePrefix(regionScope)), rule);
    }

    enum BenefitType {
        SUBSIDY("policy.benefitType.SUBSIDY"), REWARD("policy.benefitType.REWARD"), INTEREST_DISCOUNT("policy.benefitType.INTEREST_DISCOUNT"), TAX_FEE_RELIEF("policy.benefitType.TAX_FEE_RELIEF"), QUALIFICATION("policy.benefitType.QUALIFICATION");

        private final String key;

        BenefitType(String key) {
            this.key = key;
        }

        public String key() {
            return key;
        }

        /** The label in the request's language. */
        public String label() {
            return Text.of(key);
        }
    }

    enum GrantMode {
        AUTO_GRANT("policy.grantMode.AUTO_GRANT"), INSTANT_ON_APPLY("policy.grantMode.INSTANT_ON_APPLY"), APPLICATION("policy.grantMode.APPLICATION");

        private final String key;

        GrantMode(String key) {
            this.key = key;
        }

        public String key() {
            return key;
        }

        /** The label in the request's language. */
        public String label() {
            return Text.of(key);
        }
    }

    /** A fixed amount, or a percentage of an attribute (revenue or assets, 万元) with a cap. Amounts in 万元. */
    record AmountRule(String kind, BigDecimal fixed, String attribute, BigDecimal percent, BigDecimal cap) {

        static final String FIXED = "FIXED";
        static final String PERCENT = "PERCENT";

        BigDecimal amountFor(Double revenue, Double assets) {
            if (FIXED.equals(kind)) {
                return fixed;
            }
            Double base = "assets".equals(attribute) ? assets : revenue;
            if (base == null || base.isNaN()) {
                return BigDecimal.ZERO;
            }
            BigDecimal v = BigDecimal.valueOf(base).multiply(percent).divide(BigDecimal.valueOf(100), 2, RoundingMode.HALF_UP);
            return cap != null && v.compareTo(cap) > 0 ? cap : v;
        }

        public String label() {
            if (FIXED.equals(kind)) {
                return Text.of("policy.amount.fixed", fixed.stripTrailingZeros().toPlainString());
            }
            return Text.of("policy.policy.percentOf", "assets".equals(attribute) ? Text.of("policy.amount.base.ASSETS") : Text.of("policy.amount.base.REVENUE"),
                    percent.stripTrailingZeros().toPlainString(), cap == null ? "" : Text.of("policy.amount.capSuffix", cap.stripTrailingZeros().toPlainString()));
        }
    }

    record RuleVersion(long policyId, int version, Rule rule, LocalDate validFrom, LocalDate validTo) {
        boolean validOn(LocalDate d) {
            return !d.isBefore(validFrom) && (validTo == null || !d.isAfter(validTo));
        }
    }

    /** The version in force on the date: every evaluation is "as of" a date, never the wall clock. */
    static java.util.Optional<RuleVersion> versionOn(List<RuleVersion> versions, LocalDate asOf) {
        return versions.stream().filter(v -> v.validOn(asOf)).reduce((a, b) -> b);
    }
}
