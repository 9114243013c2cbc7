/**
 * Shared kernel: value objects every module uses (credit codes, regions, industries, sizes,
 * working-day calendar). Types validate themselves, so an invalid one cannot exist.
 */
@org.springframework.modulith.ApplicationModule(type = org.springframework.modulith.ApplicationModule.Type.OPEN,
        allowedDependencies = {})
package cn.yingshang.shared;
