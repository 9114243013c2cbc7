package cn.yingshang.inspection.internal;

import static org.assertj.core.api.Assertions.assertThat;

import cn.yingshang.registry.EntityKind;
import cn.yingshang.registry.EntityStatus;
import cn.yingshang.registry.MarketEntity;
import cn.yingshang.shared.CreditCode;
import cn.yingshang.shared.CreditRiskClass;
import cn.yingshang.shared.IndustryCode;
import cn.yingshang.shared.Ownership;
import cn.yingshang.shared.RegionCode;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class PoolFreezerTest {

    static MarketEntity entity(String code, String region, String industry, EntityStatus status) {
        return new MarketEntity(CreditCode.of(code), "测试主体", EntityKind.ENTERPRISE, Ownership.PRIVATE, RegionCode.of(region),
                IndustryCode.of(industry), LocalDate.of(2020, 1, 1), null, null, null, null, null, status, Set.of(), Set.of());
    }

    static String code(String body17) {
        return CreditCode.compose(body17).value();
    }

    @Test
    @DisplayName("000 §52, 003 §42: the window spares recently inspected entities, but key supervision still covers them fully")
    void windowAndKeySupervision() {
        LocalDate published = LocalDate.of(2026, 1, 1);
        InspectionItem general = new InspectionItem(1, 1, "一般事项", "依据", "现场", new ItemScope("6501", "", Set.of()), false, published);
        InspectionItem key = new InspectionItem(2, 1, "重点事项", "依据", "现场", new ItemScope("6501", "H", Set.of()), true, published);
        String restaurant = code("91650102MA78G0XY1");
        String shop = code("91650102MA78G0XY2");
        String inspectedShop = code("91650102MA78G0XY3");
        String elsewhere = code("91650202MA78G0XY4");
        String revoked = code("91650102MA78G0XY5");
        PoolFreezer freezer = new PoolFreezer(List.of(general, key), Map.of(shop, CreditRiskClass.C),
                Set.of(restaurant, inspectedShop));
        freezer.accept(entity(restaurant, "650102", "H62", EntityStatus.ACTIVE));
        freezer.accept(entity(shop, "650102", "F52", EntityStatus.ACTIVE));
        freezer.accept(entity(inspectedShop, "650102", "F52", EntityStatus.ACTIVE));
        freezer.accept(entity(elsewhere, "650202", "F52", EntityStatus.ACTIVE));
        freezer.accept(entity(revoked, "650102", "F52", EntityStatus.REVOKED));
        PoolFreezer.Frozen frozen = freezer.freeze();
        String text = new String(frozen.pool().canonical(), java.nio.charset.StandardCharsets.UTF_8);
        assertThat(text).contains(restaurant + ",B,K").contains(shop + ",C,-")
                .doesNotContain(inspectedShop).doesNotContain(elsewhere).doesNotContain(revoked);
        assertThat(frozen.excludedPerClass()[CreditRiskClass.B.ordinal()]).isEqualTo(1);
    }

    @Test
    @DisplayName("000 §51: the pool is counted per region code of the entities, by class, key supervision and window")
    void countsPerRegion() {
        LocalDate published = LocalDate.of(2026, 1, 1);
        InspectionItem general = new InspectionItem(1, 1, "一般事项", "依据", "现场", new ItemScope("65", "F", Set.of()), false, published);
        InspectionItem key = new InspectionItem(2, 1, "重点事项", "依据", "现场", new ItemScope("6505", "F52", Set.of()), true, published);
        String urumqiB = code("91650102MA78G0XW1");
        String urumqiD = code("91650102MA78G0XW2");
        String urumqiInspected = code("91650102MA78G0XW3");
        String hamiKey = code("91650502MA78G0XW4");
        String hamiInspectedKey = code("91650502MA78G0XW5");
        String hamiC = code("91650502MA78G0XW6");
        PoolFreezer freezer = new PoolFreezer(List.of(general, key), Map.of(urumqiD, CreditRiskClass.D, hamiC, CreditRiskClass.C,
                urumqiInspected, CreditRiskClass.D), Set.of(urumqiInspected, hamiInspectedKey));
        freezer.accept(entity(urumqiB, "650102", "F51", EntityStatus.ACTIVE));
        freezer.accept(entity(urumqiD, "650102", "F51", EntityStatus.ACTIVE));
        freezer.accept(entity(urumqiInspected, "650102", "F51", EntityStatus.ACTIVE));
        freezer.accept(entity(hamiKey, "650502", "F52", EntityStatus.ACTIVE));
        freezer.accept(entity(hamiInspectedKey, "650502", "F52", EntityStatus.ACTIVE));
        freezer.accept(entity(hamiC, "650502", "F51", EntityStatus.ACTIVE));
        Map<String, int[]> perRegion = freezer.freeze().perRegion();
        assertThat(perRegion).containsOnlyKeys("650102", "650502");
        // A, B, C, D outside key supervision, key supervision, then A, B, C, D spared by the window
        assertThat(perRegion.get("650102")).containsExactly(0, 1, 0, 1, 0, 0, 0, 0, 1);
        assertThat(perRegion.get("650502")).containsExactly(0, 0, 1, 0, 2, 0, 0, 0, 0);
    }
}
