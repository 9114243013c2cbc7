/**
 * Reference data and the library functions every module's time limits use: the per-region
 * working-day calendar (maintained by administrators), credit-code checks and deadline arithmetic.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Reference data",
        allowedDependencies = {"platform", "shared"})
package cn.yingshang.reference;
