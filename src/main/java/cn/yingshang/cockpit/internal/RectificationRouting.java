package cn.yingshang.cockpit.internal;

import org.springframework.stereotype.Component;

/** Observations become rectification items for the department concerned. */
@Component
class RectificationRouting implements ObservationRouting {

    private final Rectifications rectifications;

    RectificationRouting(Rectifications rectifications) {
        this.rectifications = rectifications;
    }

    @Override
    public Outcome route(Filed filed) {
        Rectification r = rectifications.open(Rectification.Origin.OBSERVATION, filed.observationId(), filed.department(),
                filed.region(), "监督员" + filed.supervisorName() + "反映：" + filed.subject() + "——" + filed.detail());
        return follow("RECTIFICATION", String.valueOf(r.id()));
    }

    @Override
    public Outcome follow(String kind, String reference) {
        if (!"RECTIFICATION".equals(kind)) {
            return new Outcome(kind, reference, reference, "—", null);
        }
        Rectification r = rectifications.require(Long.parseLong(reference));
        return new Outcome(kind, reference, "整改事项 #" + r.id(), r.status().label() + "（期限 " + r.deadline() + "）",
                "/cockpit/rectifications/" + r.id());
    }
}
