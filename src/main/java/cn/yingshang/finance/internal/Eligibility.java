package cn.yingshang.finance.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * A product's eligibility as one rule in the policy rule format, so the policy engine judges loans
 * as it judges policies (004 #10: match products to enterprises on their credit): the typed criteria
 * the bank ticks on the form, then its further conditions. A product with no criteria has no rule.
 */
@cn.yingshang.shared.DomainType
final class Eligibility {

    private Eligibility() {
    }

    /** The rule tree, or null when the product is open to every enterprise. */
    static Object rule(LoanProduct product) {
        List<Object> all = new ArrayList<>();
        if (!product.sizes().isEmpty()) {
            all.add(leaf("size", "in", product.sizes().stream().sorted().map(Enum::name).toList()));
        }
        if (!product.creditClasses().isEmpty()) {
            all.add(leaf("creditClass", "in", product.creditClasses().stream().sorted().map(Enum::name).toList()));
        }
        if (product.noDishonesty()) {
            all.add(leaf("dishonest", "eq", false));
        }
        if (product.minYears() > 0) {
            all.add(leaf("ageYears", "gte", product.minYears()));
        }
        if (product.extraRule() != null) {
            all.add(product.extraRule());
        }
        return all.isEmpty() ? null : Map.of("all", all);
    }

    private static Map<String, Object> leaf(String attr, String op, Object value) {
        return Map.of("attr", attr, "op", op, "value", value);
    }
}
