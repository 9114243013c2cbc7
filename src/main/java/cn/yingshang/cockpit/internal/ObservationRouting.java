package cn.yingshang.cockpit.internal;

import cn.yingshang.platform.Department;
import cn.yingshang.shared.RegionCode;

/**
 * Where a supervisor's observation goes (000 §8: supervisors' findings are handled and answered):
 * to the appeal module as an appeal when it offers intake, otherwise a rectification item.
 */
interface ObservationRouting {

    record Filed(long observationId, String supervisorName, Department department, RegionCode region, String subject,
                 String detail) {
    }

    /** What the observation became: its kind (APPEAL, RECTIFICATION), reference, and current status for its author. */
    record Outcome(String kind, String reference, String label, String status, String link) {
    }

    Outcome route(Filed filed);

    Outcome follow(String kind, String reference);
}
