/**
 * Investment projects (项目服务, 项目管家, 001 §43): a ledger of projects from attraction to operation,
 * each with its steward, the promises made to the investor in writing with their legal basis (000 §16,
 * 003 §13) and the approvals it waits for on the working-day clock (001 §40–41).
 */
@org.springframework.modulith.ApplicationModule(displayName = "Investment projects",
        allowedDependencies = {"credit", "platform", "reference", "registry", "review", "services", "shared"})
package cn.yingshang.projects;
