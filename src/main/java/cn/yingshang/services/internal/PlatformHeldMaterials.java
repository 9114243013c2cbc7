package cn.yingshang.services.internal;

import cn.yingshang.platform.Text;
import cn.yingshang.registry.MarketEntities;
import cn.yingshang.shared.CreditCode;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * What the platform already holds for an applicant (001 §34, 000 §21, 003 §38): a material the guide
 * says comes by data sharing or from an e-licence is never asked; one that matches an e-licence the
 * platform issued to the enterprise, or its registry data, is filled in from there and not uploaded again.
 */
@Component
class PlatformHeldMaterials {

    /** One line of the application form: the material and, if the platform holds it, from where. */
    record Slot(Material material, CaseMaterials.Source source, String reference) {
        public boolean held() {
            return source != null;
        }
    }

    private final JdbcClient jdbc;
    private final MarketEntities registry;

    PlatformHeldMaterials(JdbcClient jdbc, MarketEntities registry) {
        this.jdbc = jdbc;
        this.registry = registry;
    }

    List<Slot> slots(List<Material> materials, String creditCode) {
        return materials.stream().map(m -> slot(m, creditCode)).toList();
    }

    private Slot slot(Material m, String creditCode) {
        Optional<String> licence = validLicence(creditCode, m.name());
        if (licence.isPresent()) {
            return new Slot(m, CaseMaterials.Source.E_LICENCE, licence.get());
        }
        if (m.name().contains(Text.of("services.material.businessLicence"))) {
            Optional<String> entity = registry.find(CreditCode.of(creditCode)).map(e -> Text.of("services.material.heldEntity", e.name(), creditCode));
            if (entity.isPresent()) {
                return new Slot(m, CaseMaterials.Source.REGISTRY, entity.get());
            }
        }
        if (!m.askedOfApplicant()) {
            return new Slot(m, CaseMaterials.Source.SHARED, m.sharedSource());
        }
        return new Slot(m, null, null);
    }

    private Optional<String> validLicence(String creditCode, String materialName) {
        return jdbc.sql("""
                        SELECT code FROM svc_e_licence WHERE credit_code = :credit AND status = 'VALID' AND item_name = :name
                        ORDER BY issued_on DESC LIMIT 1""")
                .param("credit", creditCode).param("name", materialName).query(String.class).optional();
    }
}
