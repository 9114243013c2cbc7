package cn.yingshang.cockpit.internal;

import cn.yingshang.platform.Department;
import cn.yingshang.shared.RegionCode;

/**
 * Where a supervisor's observation goes (000 §8: supervisors' findings are handled and answered):
 * by its {@link ObservationKind}, an appeal or a rectification item.
 */
@cn.yingshang.shared.DomainType
interface ObservationRouting {

    /** {@code phone} is where the department calls back on an appeal; {@code accountId} the supervisor's account. */
    record Filed(long observationId, ObservationKind kind, String supervisorName, String phone, Long accountId,
                 Department department, RegionCode region, String subject, String detail) {
    }

    /**
     * What the observation became: its kind (APPEAL, RECTIFICATION), reference, current status, the
     * department's answer when there is one (an appeal's reply, a rectification's response) and a page to open.
     */
    record Outcome(String kind, String reference, String label, String status, String answer, String link) {
    }

    Outcome route(Filed filed);

    Outcome follow(String kind, String reference);
}
