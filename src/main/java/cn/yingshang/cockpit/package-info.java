/**
 * Supervision cockpit (监督驾驶舱): evaluates, monitors and assesses the business environment from
 * the platform's own data (000 §5, §6, §8; 001 §5, §6, §25, §51–§54; 002 #49; 004 五). Reads the
 * other modules only through their facades and events; no module depends on the cockpit.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Supervision cockpit",
        allowedDependencies = {"appeal", "arrears", "credit", "inspection", "legal", "platform", "policy", "publication", "reference", "registry", "review", "services", "shared"})
package cn.yingshang.cockpit;
