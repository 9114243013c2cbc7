package cn.yingshang.legal.internal;

import java.math.BigDecimal;
import java.util.List;

/**
 * How a creditors' meeting decides, by the Enterprise Bankruptcy Law. An ordinary resolution (Art. 64)
 * needs more than half of the creditors who took part, holding at least half of all unsecured claims.
 * A reorganisation plan (Art. 84) is voted in groups: in each group more than half of the creditors
 * who took part, holding at least two thirds of the group's claims. Pure: the same ballots always
 * give the same result.
 */
final class CreditorVoteCount {

    enum Choice { FOR, AGAINST, ABSTAIN }

    /** One confirmed claim and its ballot; {@code choice} null when the creditor did not vote. */
    record Ballot(BigDecimal amount, boolean secured, Choice choice) {
    }

    /** The counts behind the result, for the record. */
    record Group(boolean secured, int voters, int inFavour, BigDecimal favourAmount, BigDecimal totalAmount, boolean passed) {
    }

    record Result(boolean passed, List<Group> groups) {
    }

    private CreditorVoteCount() {
    }

    static Result ordinary(List<Ballot> ballots) {
        int voters = 0;
        int inFavour = 0;
        BigDecimal favourUnsecured = BigDecimal.ZERO;
        BigDecimal unsecuredTotal = BigDecimal.ZERO;
        for (Ballot b : ballots) {
            if (!b.secured()) {
                unsecuredTotal = unsecuredTotal.add(b.amount());
            }
            if (b.choice() == null) {
                continue;
            }
            voters++;
            if (b.choice() == Choice.FOR) {
                inFavour++;
                if (!b.secured()) {
                    favourUnsecured = favourUnsecured.add(b.amount());
                }
            }
        }
        boolean passed = voters > 0 && inFavour * 2 > voters && favourUnsecured.multiply(BigDecimal.TWO).compareTo(unsecuredTotal) >= 0;
        return new Result(passed, List.of(new Group(false, voters, inFavour, favourUnsecured, unsecuredTotal, passed)));
    }

    static Result reorganisationPlan(List<Ballot> ballots) {
        Group secured = group(ballots, true);
        Group unsecured = group(ballots, false);
        List<Group> groups = java.util.stream.Stream.of(secured, unsecured).filter(g -> g.totalAmount().signum() > 0).toList();
        boolean passed = !groups.isEmpty() && groups.stream().allMatch(Group::passed);
        return new Result(passed, groups);
    }

    private static Group group(List<Ballot> ballots, boolean secured) {
        int voters = 0;
        int inFavour = 0;
        BigDecimal favour = BigDecimal.ZERO;
        BigDecimal total = BigDecimal.ZERO;
        for (Ballot b : ballots) {
            if (b.secured() != secured) {
                continue;
            }
            total = total.add(b.amount());
            if (b.choice() == null) {
                continue;
            }
            voters++;
            if (b.choice() == Choice.FOR) {
                inFavour++;
                favour = favour.add(b.amount());
            }
        }
        boolean passed = voters > 0 && inFavour * 2 > voters
                && favour.multiply(BigDecimal.valueOf(3)).compareTo(total.multiply(BigDecimal.TWO)) >= 0;
        return new Group(secured, voters, inFavour, favour, total, passed);
    }
}
