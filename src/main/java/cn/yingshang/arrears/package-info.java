/**
 * Arrears (拖欠账款台账): the ledger of what 机关, 事业单位, 国有企业 and large enterprises owe SMEs —
 * due dates and forbidden practices under 国令802号, receivable confirmation, repayment, follow-up
 * review, reminders, publicity and the feed into government-integrity records.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Arrears",
        allowedDependencies = {"appeal", "credit", "legal", "platform", "reference", "registry", "shared"})
package cn.yingshang.arrears;
