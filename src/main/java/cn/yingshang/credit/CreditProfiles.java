package cn.yingshang.credit;

import cn.yingshang.shared.CreditCode;
import cn.yingshang.shared.CreditRiskClass;
import java.time.LocalDate;
import java.util.Set;
import java.util.function.BiConsumer;

/** What other modules may ask of an entity's credit. */
public interface CreditProfiles {

    /** The entity's current risk class; B (ordinary) for an entity without records. */
    CreditRiskClass riskClass(CreditCode code);

    /** Whether the entity is on a dishonesty list on that date. */
    boolean isDishonest(CreditCode code, LocalDate asOf);

    /** The measures in force against the entity on that date (see {@link DishonestyMeasure}). */
    Set<DishonestyMeasure> measuresInForce(CreditCode code, LocalDate asOf);

    /** Every entity whose class is not B, with its class (bulk read for draws and matching). */
    void forEachNonOrdinaryClass(BiConsumer<String, CreditRiskClass> action);
}
