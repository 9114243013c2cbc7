package cn.yingshang.projects.internal;

import java.time.LocalDate;

/**
 * A unit work (单位工程) of a project: BUILDING until its joint acceptance, then ACCEPTED with the
 * acceptance opinion and the completion filing recorded together (004 #22–23).
 */
@cn.yingshang.shared.DomainType
record UnitWork(long id, long projectId, String name, String status, LocalDate acceptedOn, String opinionNumber,
                String departments, String filingNumber) {

    public boolean accepted() {
        return "ACCEPTED".equals(status);
    }
}
