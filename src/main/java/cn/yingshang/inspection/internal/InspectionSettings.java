package cn.yingshang.inspection.internal;

import cn.yingshang.platform.AuditLog;
import cn.yingshang.shared.DomainViolation;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Defaults officials change on an admin page: ratios per credit class (facts.md, 国市监信发〔2022〕6号
 * example A 5 %, B 20 %, C 60 %, D 100 %), the no-repeat window and the publication limit.
 */
@Service
class InspectionSettings {

    record Settings(DrawAlgorithm.Ratios ratios, int exclusionDays, int publicationWorkingDays) {
        Settings {
            if (exclusionDays < 0 || exclusionDays > 1095) {
                throw DomainViolation.of("exclusionDays", "inspection.inspectionSettings.exclusionDays");
            }
            if (publicationWorkingDays < 1 || publicationWorkingDays > 60) {
                throw DomainViolation.of("publicationWorkingDays", "inspection.inspectionSettings.publicationWorkingDays");
            }
        }
    }

    private final JdbcClient jdbc;
    private final AuditLog audit;

    InspectionSettings(JdbcClient jdbc, AuditLog audit) {
        this.jdbc = jdbc;
        this.audit = audit;
    }

    Settings current() {
        return jdbc.sql("SELECT * FROM inspection_settings WHERE id = 1").query((rs, i) -> new Settings(
                new DrawAlgorithm.Ratios(rs.getBigDecimal("ratio_a"), rs.getBigDecimal("ratio_b"), rs.getBigDecimal("ratio_c"),
                        rs.getBigDecimal("ratio_d")), rs.getInt("exclusion_days"), rs.getInt("publication_working_days"))).single();
    }

    @Transactional
    void change(Settings settings) {
        Settings before = current();
        jdbc.sql("""
                        UPDATE inspection_settings SET ratio_a = ?, ratio_b = ?, ratio_c = ?, ratio_d = ?, exclusion_days = ?,
                               publication_working_days = ? WHERE id = 1""")
                .params(settings.ratios().a(), settings.ratios().b(), settings.ratios().c(), settings.ratios().d(),
                        settings.exclusionDays(), settings.publicationWorkingDays()).update();
        audit.record("inspection.settings.change", "inspection_settings", "1", before, settings);
    }
}
