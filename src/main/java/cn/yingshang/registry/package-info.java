/**
 * Market-entity registry (经营主体): enterprises, 个体工商户 and cooperatives with their codes,
 * region, industry, size, status, abnormal-list periods, tax filings, qualifications and tags.
 * Other modules read entities through {@link cn.yingshang.registry.MarketEntities} and react to
 * {@link cn.yingshang.registry.MarketEntityChanged}.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Market-entity registry",
        allowedDependencies = {"platform", "shared"})
package cn.yingshang.registry;
