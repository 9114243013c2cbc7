/**
 * Policy direct access (惠企政策直达): policies published in one place, matched to the entities
 * they fit, pushed to them, and granted without application where possible (免申即享, 000 §25, 003 §36).
 */
@org.springframework.modulith.ApplicationModule(displayName = "Policy direct access",
        allowedDependencies = {"appeal", "credit", "platform", "reference", "registry", "shared"})
package cn.yingshang.policy;
