package cn.yingshang.platform;

import cn.yingshang.shared.RegionCode;

public record Department(DepartmentId id, String code, String name, RegionCode region,
                         DepartmentFunction function, DepartmentId parentId) {
}
