package cn.yingshang.registry.internal;

import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * What a person or an import row submits for an entity; everything arrives as entered and is
 * checked by {@link EntityRegistration} so each problem is reported against its own field.
 */
record EntityForm(String creditCode, String name, String kind, String ownership, String region, String industry,
                  LocalDate established, BigDecimal registeredCapital, Integer headcount, BigDecimal revenue,
                  BigDecimal assets, String status, String qualifications, String tags) {

    static EntityForm empty() {
        return new EntityForm("", "", "ENTERPRISE", "PRIVATE", "", "", null, null, null, null, null, "ACTIVE", "", "");
    }
}
