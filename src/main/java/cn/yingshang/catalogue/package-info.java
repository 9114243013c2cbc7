/**
 * Catalogues that bound what government may ask of enterprises (000 §22, §23, §29; 001 §13,
 * §37–§39, §44): fees, certificates, intermediary services, no-penalty and reduced-penalty lists
 * and the market access negative list, each versioned and public, with the check "may they
 * require X of me?".
 */
@org.springframework.modulith.ApplicationModule(displayName = "Catalogues",
        allowedDependencies = {"platform", "shared"})
package cn.yingshang.catalogue;
