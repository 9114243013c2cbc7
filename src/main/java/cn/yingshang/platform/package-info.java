/**
 * Platform services every module uses: accounts, roles and permissions, the department tree,
 * the audit log, notifications, Excel export, error handling and the web layout.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Platform",
        allowedDependencies = {"shared"})
package cn.yingshang.platform;
