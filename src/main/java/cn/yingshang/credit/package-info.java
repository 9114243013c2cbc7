/**
 * Credit: public credit records, risk classes, dishonesty lists, credit repair, commitments and
 * government integrity. Other modules record through {@link cn.yingshang.credit.CreditRecords},
 * read through {@link cn.yingshang.credit.CreditProfiles} and react to its events.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Credit",
        allowedDependencies = {"platform", "reference", "registry", "shared"})
package cn.yingshang.credit;
