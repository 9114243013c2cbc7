package cn.yingshang.services.internal;

import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** What was provided for each material of a case, and from where (001 §34: the platform's own data is not asked again). */
@Repository
class CaseMaterials {

    enum Source { PROVIDED, SHARED, E_LICENCE, REGISTRY, PROMISE, NOTICE, DEFICIENCY }

    record Provided(String name, Source source, String reference) {
    }

    private final JdbcClient jdbc;

    CaseMaterials(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    void record(long caseId, String name, Source source, String reference) {
        jdbc.sql("""
                        INSERT INTO svc_case_material (case_id, name, source, reference) VALUES (:id, :name, :source, :ref)
                        ON CONFLICT DO NOTHING""")
                .param("id", caseId).param("name", name).param("source", source.name())
                .param("ref", reference == null ? "" : reference).update();
    }

    List<Provided> of(long caseId) {
        return jdbc.sql("SELECT name, source, reference FROM svc_case_material WHERE case_id = :id ORDER BY at, name")
                .param("id", caseId)
                .query((rs, n) -> new Provided(rs.getString(1), Source.valueOf(rs.getString(2)), rs.getString(3))).list();
    }
}
