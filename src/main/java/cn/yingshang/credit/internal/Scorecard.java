package cn.yingshang.credit.internal;

import cn.yingshang.shared.CreditRiskClass;
import cn.yingshang.shared.DomainViolation;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The risk-class scorecard (国市监信发〔2022〕6号): each indicator's value (capped) times its weight
 * adds to the score; thresholds turn the score into A/B/C/D. An entity without records scores 0
 * and is B, so thresholds must keep 0 inside B.
 */
@cn.yingshang.shared.DomainType
record Scorecard(List<Indicator> indicators, Thresholds thresholds) {

    record Indicator(String code, String label, int weight, int cap) {
    }

    record Thresholds(int aMax, int cMin, int dMin) {
        Thresholds {
            if (aMax >= 0) {
                throw DomainViolation.of("aMax", "credit.scorecard.aMax");
            }
            if (cMin <= 0) {
                throw DomainViolation.of("cMin", "credit.scorecard.cMin");
            }
            if (dMin <= cMin) {
                throw DomainViolation.of("dMin", "credit.scorecard.dMin");
            }
        }

        CreditRiskClass classOf(int score) {
            if (score >= dMin) {
                return CreditRiskClass.D;
            }
            if (score >= cMin) {
                return CreditRiskClass.C;
            }
            return score <= aMax ? CreditRiskClass.A : CreditRiskClass.B;
        }
    }

    /** One indicator's part in the result, for the entity page. */
    record Contribution(String code, String label, int value, int counted, int weight, int points) {
    }

    record Assessment(CreditRiskClass riskClass, int score, List<Contribution> contributions) {
    }

    Scorecard {
        indicators = List.copyOf(indicators);
    }

    Assessment assess(Map<String, Integer> values) {
        int score = 0;
        List<Contribution> contributions = new ArrayList<>();
        for (Indicator i : indicators) {
            int value = values.getOrDefault(i.code(), 0);
            int counted = Math.min(value, i.cap());
            int points = counted * i.weight();
            score += points;
            if (value > 0) {
                contributions.add(new Contribution(i.code(), i.label(), value, counted, i.weight(), points));
            }
        }
        return new Assessment(thresholds.classOf(score), score, contributions);
    }

    /** Fast path for bulk recomputation: values in the order of {@link #indicators()}. */
    int score(int[] values) {
        int score = 0;
        for (int k = 0; k < values.length; k++) {
            Indicator i = indicators.get(k);
            score += Math.min(values[k], i.cap()) * i.weight();
        }
        return score;
    }
}
