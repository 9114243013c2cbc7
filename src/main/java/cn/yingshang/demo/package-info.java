/**
 * Realistic, deterministic demo data: market entities across Xinjiang (fixed seed) and one demo
 * account per role. Loaded on first start; the benchmarks use the same generator.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Demo data",
        allowedDependencies = {"platform", "registry", "shared"})
package cn.yingshang.demo;
