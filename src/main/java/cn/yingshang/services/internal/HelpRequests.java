package cn.yingshang.services.internal;

import cn.yingshang.platform.ListPage;
import cn.yingshang.platform.ListQuery;
import cn.yingshang.platform.PageOf;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** 帮办代办 requests and their notes. Every state change is guarded by the status it leaves. */
@Repository
class HelpRequests {

    enum Status { REQUESTED, ASSIGNED, RESOLVED }

    record HelpRequest(long id, String creditCode, long implementationId, String itemName, String department, Long caseId,
                       String description, String contactName, String contactPhone, Status status, String helper,
                       OffsetDateTime requestedAt, OffsetDateTime resolvedAt) {
    }

    record Note(OffsetDateTime writtenAt, String writtenBy, String note) {
    }

    private final JdbcClient jdbc;

    HelpRequests(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Stores the request once per key; the id of the request the key first created. */
    long create(String key, String creditCode, Guide guide, Long caseId, String description, String contactName,
                String contactPhone, Instant at) {
        jdbc.sql("""
                        INSERT INTO svc_help_request (request_key, credit_code, implementation_id, department, case_id, description,
                                                      contact_name, contact_phone, status, requested_at)
                        VALUES (:key, :credit, :impl, :dept, :case, :description, :name, :phone, 'REQUESTED', :at)
                        ON CONFLICT (request_key) DO NOTHING""")
                .param("key", key).param("credit", creditCode).param("impl", guide.id()).param("dept", guide.department())
                .param("case", caseId).param("description", description).param("name", contactName)
                .param("phone", contactPhone).param("at", at.atOffset(ZoneOffset.UTC)).update();
        return jdbc.sql("SELECT id FROM svc_help_request WHERE request_key = :key AND credit_code = :credit")
                .param("key", key).param("credit", creditCode).query(Long.class).single();
    }

    private static final String COLUMNS = """
            r.id, r.credit_code, r.implementation_id, i.name, r.department, r.case_id, r.description, r.contact_name,
            r.contact_phone, r.status, r.helper, r.requested_at, r.resolved_at""";
    private static final String FROM = "svc_help_request r JOIN svc_implementation i ON i.id = r.implementation_id";
    private static final String SELECT = "SELECT " + COLUMNS + " FROM " + FROM;
    private static final List<String> SEARCHED = List.of("i.name", "r.description", "r.contact_name", "r.helper");
    private static final Map<String, String> SORTABLE = Map.of("requested", "r.requested_at", "item", "i.name", "status", "r.status");

    private static HelpRequest map(java.sql.ResultSet rs, int n) throws java.sql.SQLException {
        return new HelpRequest(rs.getLong(1), rs.getString(2), rs.getLong(3), rs.getString(4), rs.getString(5),
                (Long) rs.getObject(6, Long.class), rs.getString(7), rs.getString(8), rs.getString(9),
                Status.valueOf(rs.getString(10)), rs.getString(11), rs.getObject(12, OffsetDateTime.class),
                rs.getObject(13, OffsetDateTime.class));
    }

    Optional<HelpRequest> find(long id) {
        return jdbc.sql(SELECT + " WHERE r.id = :id").param("id", id).query(HelpRequests::map).optional();
    }

    /** One page of the enterprise's own requests, newest first; searched by item, description, contact or helper. */
    PageOf<HelpRequest> ofEnterprise(String creditCode, Status status, String search, ListPage page) {
        return listed("r.credit_code = :owner", creditCode, status, "r.id DESC", search, page);
    }

    /** One page of the department's requests, open ones first, then newest; searched as well by the enterprise's credit code. */
    PageOf<HelpRequest> ofDepartment(String department, Status status, String search, ListPage page) {
        return listed("r.department = :owner", department, status, "r.status = 'RESOLVED', r.id DESC", search, page);
    }

    private PageOf<HelpRequest> listed(String scope, String owner, Status status, String order, String search, ListPage page) {
        Map<String, Object> params = new java.util.HashMap<>();
        params.put("owner", owner);
        params.put("status", status == null ? "" : status.name());
        return ListQuery.page(jdbc, new ListQuery.Spec(COLUMNS, FROM, scope + " AND (:status = '' OR r.status = :status)", SEARCHED,
                List.of("r.credit_code"), SORTABLE, order), params, search, page, HelpRequests::map);
    }

    boolean assign(long id, String helper) {
        return jdbc.sql("UPDATE svc_help_request SET status = 'ASSIGNED', helper = :helper WHERE id = :id AND status = 'REQUESTED'")
                .param("helper", helper).param("id", id).update() == 1;
    }

    boolean resolve(long id, Instant at) {
        return jdbc.sql("UPDATE svc_help_request SET status = 'RESOLVED', resolved_at = :at WHERE id = :id AND status = 'ASSIGNED'")
                .param("at", at.atOffset(ZoneOffset.UTC)).param("id", id).update() == 1;
    }

    void note(long id, String by, String note, Instant at) {
        jdbc.sql("INSERT INTO svc_help_note (request_id, written_at, written_by, note) VALUES (:id, :at, :by, :note)")
                .param("id", id).param("at", at.atOffset(ZoneOffset.UTC)).param("by", by).param("note", note).update();
    }

    List<Note> notes(long id) {
        return jdbc.sql("SELECT written_at, written_by, note FROM svc_help_note WHERE request_id = :id ORDER BY id")
                .param("id", id).query((rs, n) -> new Note(rs.getObject(1, OffsetDateTime.class), rs.getString(2),
                        rs.getString(3))).list();
    }
}
