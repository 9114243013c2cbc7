package cn.yingshang.finance.internal;

import static org.assertj.core.api.Assertions.assertThat;

import cn.yingshang.shared.CreditRiskClass;
import cn.yingshang.shared.EnterpriseSize;
import java.math.BigDecimal;
import java.util.EnumSet;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class EligibilityTest {

    static final LoanProduct CREDIT_LOAN = new LoanProduct(1, 1, "bank", "科创信用贷", true, new BigDecimal("300"), 36,
            new BigDecimal("3.45"), EnumSet.of(EnterpriseSize.SMALL, EnterpriseSize.MICRO), EnumSet.of(CreditRiskClass.A, CreditRiskClass.B),
            true, 2);

    @Test
    @DisplayName("004 #10: an enterprise meeting every criterion of a loan product qualifies, and each criterion says why")
    void qualifies() {
        var verdict = Eligibility.check(CREDIT_LOAN, new Eligibility.Borrower(EnterpriseSize.SMALL, CreditRiskClass.B, false, 5));
        assertThat(verdict.qualifies()).isTrue();
        assertThat(verdict.criteria()).extracting(Eligibility.Criterion::key)
                .containsExactly("finance.criterion.size", "finance.criterion.creditClass", "finance.criterion.honest", "finance.criterion.years");
    }

    @Test
    @DisplayName("004 #10: a dishonest, too young, class-C or unclassified enterprise does not qualify for the product, and the failing criterion is named")
    void failingCriteriaAreNamed() {
        var dishonest = Eligibility.check(CREDIT_LOAN, new Eligibility.Borrower(EnterpriseSize.SMALL, CreditRiskClass.B, true, 5));
        assertThat(dishonest.qualifies()).isFalse();
        assertThat(dishonest.criteria()).filteredOn(c -> !c.met()).extracting(Eligibility.Criterion::key)
                .containsExactly("finance.criterion.dishonest");
        var young = Eligibility.check(CREDIT_LOAN, new Eligibility.Borrower(EnterpriseSize.MICRO, CreditRiskClass.C, false, 1));
        assertThat(young.criteria()).filteredOn(c -> !c.met()).extracting(Eligibility.Criterion::key)
                .containsExactly("finance.criterion.creditClass", "finance.criterion.years");
        var unclassified = Eligibility.check(CREDIT_LOAN, new Eligibility.Borrower(null, CreditRiskClass.A, false, 9));
        assertThat(unclassified.qualifies()).isFalse();
    }

    @Test
    @DisplayName("a product without criteria is open to every enterprise")
    void noCriteria() {
        var open = new LoanProduct(2, 1, "bank", "应收账款质押贷", false, new BigDecimal("1000"), 12, new BigDecimal("3.85"),
                EnumSet.noneOf(EnterpriseSize.class), EnumSet.noneOf(CreditRiskClass.class), false, 0);
        var verdict = Eligibility.check(open, new Eligibility.Borrower(null, CreditRiskClass.D, true, 0));
        assertThat(verdict.criteria()).isEmpty();
        assertThat(verdict.qualifies()).isTrue();
    }
}
