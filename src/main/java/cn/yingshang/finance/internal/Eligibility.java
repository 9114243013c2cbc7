package cn.yingshang.finance.internal;

import cn.yingshang.platform.Text;
import cn.yingshang.shared.CreditRiskClass;
import cn.yingshang.shared.EnterpriseSize;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

/**
 * Whether an enterprise qualifies for a product, criterion by criterion, so the enterprise sees why
 * (004 #10: match products to enterprises on their credit). A criterion the product does not set is
 * not listed; a fact the platform does not know (size not classified) fails the criterion that needs it.
 */
@cn.yingshang.shared.DomainType
final class Eligibility {

    /** What the platform knows of the borrower. */
    record Borrower(EnterpriseSize size, CreditRiskClass creditClass, boolean dishonest, int yearsEstablished) {
    }

    /** One criterion: its bundle key with arguments, and whether the borrower meets it. */
    record Criterion(String key, Object[] args, boolean met) {
    }

    record Verdict(LoanProduct product, List<Criterion> criteria) {
        public boolean qualifies() {
            return criteria.stream().allMatch(Criterion::met);
        }
    }

    private Eligibility() {
    }

    static Verdict check(LoanProduct product, Borrower borrower) {
        List<Criterion> criteria = new ArrayList<>();
        if (!product.sizes().isEmpty()) {
            String sizes = product.sizes().stream().sorted().map(EnterpriseSize::label).collect(Collectors.joining(Text.of("platform.list.separator")));
            criteria.add(new Criterion("finance.criterion.size",
                    new Object[]{sizes, borrower.size() == null ? "—" : borrower.size().label()},
                    borrower.size() != null && product.sizes().contains(borrower.size())));
        }
        if (!product.creditClasses().isEmpty()) {
            String classes = product.creditClasses().stream().sorted().map(CreditRiskClass::name).collect(Collectors.joining(Text.of("platform.list.separator")));
            criteria.add(new Criterion("finance.criterion.creditClass", new Object[]{classes, borrower.creditClass().label()},
                    product.creditClasses().contains(borrower.creditClass())));
        }
        if (product.noDishonesty()) {
            criteria.add(new Criterion(borrower.dishonest() ? "finance.criterion.dishonest" : "finance.criterion.honest",
                    new Object[0], !borrower.dishonest()));
        }
        if (product.minYears() > 0) {
            criteria.add(new Criterion("finance.criterion.years", new Object[]{product.minYears(), borrower.yearsEstablished()},
                    borrower.yearsEstablished() >= product.minYears()));
        }
        return new Verdict(product, criteria);
    }
}
