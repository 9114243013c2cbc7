package cn.yingshang.projects.internal;

/**
 * The 净地 checklist of 004 #21: land is offered only once expropriation and compensation are done,
 * ownership is clear and undisputed, the planning conditions (location, use, plot ratio) are set and
 * the basic conditions for starting construction are met.
 */
@cn.yingshang.shared.DomainType
enum CleanLandItem {
    EXPROPRIATION_COMPENSATION, OWNERSHIP_CLEAR, PLANNING_CONDITIONS, CONSTRUCTION_CONDITIONS;

    public String key() {
        return "projects.cleanLand." + name();
    }
}
