package cn.yingshang.legal.internal;

import java.util.List;

/**
 * What makes a set of tiers a benchmark (002 #35: against penalties too light or too heavy and unequal penalties for
 * like cases): lighter, ordinary and heavier tiers each with a range, ranges rising from tier to tier; an exempt tier
 * (首违不罚, 轻微免罚) fines nothing.
 */
@cn.yingshang.shared.DomainType
final class DiscretionTiers {

    static final List<String> ORDER = List.of("EXEMPT", "LIGHTER", "ORDINARY", "HEAVIER");

    private DiscretionTiers() {
    }

    /** The bundle key of the first rule the tiers break, or null when they form a benchmark. */
    static String problem(List<DiscretionBenchmark.Tier> tiers) {
        DiscretionBenchmark.Tier previous = null;
        for (String name : ORDER.subList(1, 4)) {
            DiscretionBenchmark.Tier t = tiers.stream().filter(x -> x.tier().equals(name)).findFirst().orElse(null);
            if (t == null || t.circumstances() == null || t.circumstances().isBlank() || t.minFine() == null || t.maxFine() == null) {
                return "legal.benchmark.tierRequired";
            }
            if (t.minFine().signum() < 0 || t.minFine().compareTo(t.maxFine()) > 0) {
                return "legal.benchmark.rangeInvalid";
            }
            if (previous != null && (t.minFine().compareTo(previous.minFine()) < 0 || t.maxFine().compareTo(previous.maxFine()) < 0)) {
                return "legal.benchmark.rangesNotRising";
            }
            previous = t;
        }
        return tiers.stream().anyMatch(t -> "EXEMPT".equals(t.tier()) && (t.minFine().signum() != 0 || t.maxFine().signum() != 0))
                ? "legal.benchmark.exemptFinesNothing" : null;
    }

    static boolean exempt(String tier) {
        return "EXEMPT".equals(tier);
    }
}
