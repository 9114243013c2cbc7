package cn.yingshang.finance.internal;

import cn.yingshang.platform.Text;
import cn.yingshang.shared.CreditRiskClass;
import cn.yingshang.shared.EnterpriseSize;
import java.math.BigDecimal;
import java.util.Set;

/**
 * A bank's loan product with its eligibility rules, kept as simple typed criteria: the size classes
 * and credit classes it lends to, whether it excludes entities on a dishonesty list, and the years
 * since establishment it needs, and any further conditions in the policy rule format ({@code extraRule}, a
 * JSON tree or null). A credit loan (信用贷款) needs no collateral (001 §14 (四)).
 */
@cn.yingshang.shared.DomainType
record LoanProduct(long id, long bankId, String bankName, String name, boolean creditLoan, BigDecimal maxAmount,
                   int maxTermMonths, BigDecimal rateFrom, Set<EnterpriseSize> sizes, Set<CreditRiskClass> creditClasses,
                   boolean noDishonesty, int minYears, Object extraRule) {

    /** "小型、微型", or "—" when the product lends to every size. */
    public String sizesLabel() {
        return sizes.isEmpty() ? "—" : sizes.stream().map(EnterpriseSize::label).collect(java.util.stream.Collectors.joining(Text.of("platform.list.separator")));
    }

    public String classesLabel() {
        return creditClasses.isEmpty() ? "—" : creditClasses.stream().map(Enum::name).collect(java.util.stream.Collectors.joining(Text.of("platform.list.separator")));
    }
}
