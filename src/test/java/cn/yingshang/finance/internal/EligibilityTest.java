package cn.yingshang.finance.internal;

import static org.assertj.core.api.Assertions.assertThat;

import cn.yingshang.shared.CreditRiskClass;
import cn.yingshang.shared.EnterpriseSize;
import java.math.BigDecimal;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class EligibilityTest {

    static final LoanProduct CREDIT_LOAN = new LoanProduct(1, 1, "bank", "科创信用贷", true, new BigDecimal("300"), 36,
            new BigDecimal("3.45"), EnumSet.of(EnterpriseSize.SMALL, EnterpriseSize.MICRO), EnumSet.of(CreditRiskClass.A, CreditRiskClass.B),
            true, 2, Map.of("attr", "region", "op", "prefix", "value", "6505"));

    @Test
    @DisplayName("004 #10: a loan product's criteria become one rule in the policy rule format, its further conditions last")
    void criteriaBecomeOneRule() {
        assertThat(Eligibility.rule(CREDIT_LOAN)).isEqualTo(Map.of("all", List.of(
                Map.of("attr", "size", "op", "in", "value", List.of("SMALL", "MICRO")),
                Map.of("attr", "creditClass", "op", "in", "value", List.of("A", "B")),
                Map.of("attr", "dishonest", "op", "eq", "value", false),
                Map.of("attr", "ageYears", "op", "gte", "value", 2),
                Map.of("attr", "region", "op", "prefix", "value", "6505"))));
    }

    @Test
    @DisplayName("a product without criteria has no rule: it is open to every enterprise")
    void noCriteria() {
        var open = new LoanProduct(2, 1, "bank", "应收账款质押贷", false, new BigDecimal("1000"), 12, new BigDecimal("3.85"),
                EnumSet.noneOf(EnterpriseSize.class), EnumSet.noneOf(CreditRiskClass.class), false, 0, null);
        assertThat(Eligibility.rule(open)).isNull();
    }
}
