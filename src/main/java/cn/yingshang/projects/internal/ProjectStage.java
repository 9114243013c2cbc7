package cn.yingshang.projects.internal;

import java.util.Optional;

/** The life cycle of 001 §43: 招商, 签约, 落地, 审批, 建设, 验收, 投产运营 — in this order. */
@cn.yingshang.shared.DomainType
enum ProjectStage {
    ATTRACTION, SIGNING, LANDING, APPROVAL, CONSTRUCTION, ACCEPTANCE, OPERATION;

    Optional<ProjectStage> next() {
        return ordinal() + 1 < values().length ? Optional.of(values()[ordinal() + 1]) : Optional.empty();
    }

    /** The bundle key of the stage's Chinese name. */
    public String key() {
        return "projects.stage." + name();
    }
}
