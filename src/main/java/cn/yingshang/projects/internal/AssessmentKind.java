package cn.yingshang.projects.internal;

/**
 * The assessments 001 §24 has done once for a whole park: planning environmental impact, energy,
 * mineral overlay, geological hazard, soil and water conservation, flood, water resources, lightning,
 * seismic and cultural relics.
 */
@cn.yingshang.shared.DomainType
enum AssessmentKind {
    PLANNING_EIA, ENERGY, MINERAL_OVERLAY, GEOLOGICAL_HAZARD, SOIL_AND_WATER, FLOOD, WATER_RESOURCES, LIGHTNING, SEISMIC,
    CULTURAL_RELICS;

    public String key() {
        return "projects.assessment.kind." + name();
    }
}
