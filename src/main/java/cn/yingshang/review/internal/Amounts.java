package cn.yingshang.review.internal;

import java.util.List;

/** Amounts of money as normalised text writes them (80万, 1.5亿, 3000) in yuan, for threshold comparisons. */
@cn.yingshang.shared.DomainType
final class Amounts {

    /** Suffix and multiplier, from review/amount-units.tsv: the currency word (multiplier 1) first, then the units. */
    private record Unit(String suffix, double multiplier) {
    }

    private static final List<Unit> UNITS = ReviewData.lines("amount-units.tsv").stream()
            .map(line -> line.split("\t"))
            .map(cells -> new Unit(cells[0], Double.parseDouble(cells[1])))
            .toList();

    private Amounts() {
    }

    /** The amount in yuan, or -1 when the text is not a number with an optional 万/亿 unit. */
    static double yuan(String text) {
        if (text == null || text.isEmpty()) {
            return -1;
        }
        String t = text;
        for (Unit currency : UNITS) {
            if (currency.multiplier() == 1 && t.endsWith(currency.suffix())) {
                t = t.substring(0, t.length() - currency.suffix().length());
                break;
            }
        }
        double unit = 1;
        for (Unit u : UNITS) {
            if (u.multiplier() != 1 && t.endsWith(u.suffix())) {
                unit = u.multiplier();
                t = t.substring(0, t.length() - u.suffix().length());
                break;
            }
        }
        try {
            return Double.parseDouble(t) * unit;
        } catch (NumberFormatException e) {
            return -1;
        }
    }
}
