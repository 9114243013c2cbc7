package cn.yingshang.inspection;

import cn.yingshang.shared.CreditRiskClass;
import java.util.Map;

/** Figures the cockpit shows about inspections. */
public interface InspectionFigures {

    Figures figures(int year);

    /**
     * @param coverage              per class: entities in the frozen pools, and how many were drawn (key supervision counted apart)
     * @param visitsAvoidedByJoint  visits saved because one joint visit covered several departments' items
     * @param entitiesSparedByWindow entities left out of pools because any department inspected them within the window
     * @param expectedVisitsAvoidedByWindow those entities weighted by their class's ratio: the visits expected to be saved
     * @param published             results published; {@code publishedOnTime} within the limit
     */
    record Figures(int year, Map<CreditRiskClass, ClassCoverage> coverage, int keySupervisionVisits, int tasks,
                   int visitsAvoidedByJoint, int entitiesSparedByWindow, double expectedVisitsAvoidedByWindow,
                   int published, int publishedOnTime, int overdueUnpublished, int flaggedVisits) {

        public double onTimeRate() {
            return published == 0 ? 1.0 : (double) publishedOnTime / published;
        }
    }

    record ClassCoverage(int inPool, int drawn) {
        public double rate() {
            return inPool == 0 ? 0.0 : (double) drawn / inPool;
        }
    }
}
