/**
 * Financing (融资服务): enterprises state financing needs (004 #9), consent to named banks seeing a
 * credit profile built from what the platform holds (003 §21, 000 §35, 004 #10), banks publish loan
 * products with eligibility rules and record outcomes, and an SME asks a public payer to confirm a
 * receivable it finances against (001 §14 (六)).
 */
@org.springframework.modulith.ApplicationModule(displayName = "Financing",
        allowedDependencies = {"appeal", "arrears", "credit", "platform", "policy", "reference", "registry", "shared"})
package cn.yingshang.finance;
