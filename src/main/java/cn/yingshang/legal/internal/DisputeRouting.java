package cn.yingshang.legal.internal;

import cn.yingshang.platform.DepartmentFunction;
import java.util.Set;

/**
 * Which body handles an enterprise's dispute request and on which clocks (000 §57, 001 §60, 002 #38, #41–44): legal
 * aid, foreign-related advice, commercial mediation and arbitration go to the judicial administration (its legal aid
 * body, expert pool, people's and commercial mediation, the arbitration commission's office); labour disputes to
 * human resources (labour mediation and the labour arbitration commission); intellectual-property mediation to market
 * regulation. Each route names the limit for the decision to accept and the limit for concluding, where a law sets one.
 */
@cn.yingshang.shared.DomainType
final class DisputeRouting {

    static final Set<String> CHANNELS = Set.of("MEDIATION", "ARBITRATION", "LEGAL_AID", "FOREIGN_ADVICE");
    static final Set<String> SUBJECTS = Set.of("COMMERCIAL", "LABOUR", "INTELLECTUAL_PROPERTY", "FOREIGN_TRADE");

    /**
     * @param acceptLimit   limit code for accepting or refusing, from the filing; null when no law sets one
     * @param concludeLimit limit code for concluding; null when none
     * @param concludeFromAcceptance whether the conclusion clock starts at acceptance (labour arbitration) rather than filing
     */
    record Route(DepartmentFunction body, String acceptLimit, String concludeLimit, boolean concludeFromAcceptance) {
    }

    private DisputeRouting() {
    }

    static Route route(String channel, String subject) {
        if (!CHANNELS.contains(channel) || !SUBJECTS.contains(subject)) {
            throw new IllegalArgumentException(channel + "/" + subject);
        }
        boolean labour = "LABOUR".equals(subject);
        return switch (channel) {
            case "LEGAL_AID" -> new Route(DepartmentFunction.JUSTICE, "DISPUTE_LEGAL_AID_DECISION", null, false);
            case "FOREIGN_ADVICE" -> new Route(DepartmentFunction.JUSTICE, null, "DISPUTE_FOREIGN_ADVICE", false);
            case "MEDIATION" -> labour ? new Route(DepartmentFunction.HUMAN_RESOURCES, null, "DISPUTE_LABOUR_MEDIATION", false)
                    : "INTELLECTUAL_PROPERTY".equals(subject) ? new Route(DepartmentFunction.MARKET_REGULATION, null, "DISPUTE_MEDIATION", false)
                    : new Route(DepartmentFunction.JUSTICE, null, "DISPUTE_MEDIATION", false);
            default -> labour
                    ? new Route(DepartmentFunction.HUMAN_RESOURCES, "DISPUTE_LABOUR_ARBITRATION_ACCEPT", "DISPUTE_LABOUR_ARBITRATION", true)
                    : new Route(DepartmentFunction.JUSTICE, "DISPUTE_ARBITRATION_ACCEPT", null, false);
        };
    }
}
