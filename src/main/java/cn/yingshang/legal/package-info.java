/**
 * Legal protection (法治保障, 002): what the political-legal bodies — courts, procuratorates, public
 * security and judicial administration — do for enterprises, recorded by them on the region's clock:
 * the litigation green channel (002 #12–13), the register of seizures, detentions and freezings with
 * the three-day release of unrelated property (002 #23, 000 §11), the stalled-case ledger (002 #28),
 * and the office's view of whether the promises are kept.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Legal protection",
        allowedDependencies = {"appeal", "credit", "platform", "reference", "registry", "shared"})
package cn.yingshang.legal;
