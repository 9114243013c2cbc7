package cn.yingshang.services.internal;

import cn.yingshang.platform.FileKind;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The files an enterprise uploads for a case's materials, one per material. Checked by their bytes
 * ({@link FileKind}) and size before anything of the application is stored, so a refused file
 * leaves nothing half-saved.
 */
@Repository
class MaterialFiles {

    static final int MAX_FILE_BYTES = 1024 * 1024;
    static final Set<FileKind> KINDS = EnumSet.of(FileKind.PDF, FileKind.JPEG, FileKind.PNG, FileKind.DOC, FileKind.DOCX);

    record Upload(String filename, byte[] data) {
    }

    record Stored(long id, String name, String filename, int size, Stage stage) {
    }

    /** When the file came: with the application, as the answer to the one-time notice, or as a late 容缺 material. */
    enum Stage { APPLY, NOTICE, DEFICIENCY }

    private final JdbcClient jdbc;
    private final ServiceMessages messages;

    MaterialFiles(JdbcClient jdbc, ServiceMessages messages) {
        this.jdbc = jdbc;
        this.messages = messages;
    }

    /** Refuses, on the material's own form field, a file that is too large or not a document or image. */
    FileKind check(String field, Upload upload) {
        if (upload.data().length > MAX_FILE_BYTES) {
            throw messages.violation(field, "services.upload.tooLarge", upload.filename());
        }
        return FileKind.require(field, upload.filename(), upload.data(), KINDS);
    }

    /**
     * Every material in {@code names} must come with a file: the first one without is refused on its own
     * field ({@code fieldPrefix} + its position), naming all that lack one; then each file is checked.
     * Nothing is stored here, so a refusal leaves the case as it was.
     */
    Map<String, FileKind> requireAll(List<String> names, Map<String, Upload> given, String fieldPrefix) {
        Map<String, Upload> files = given == null ? Map.of() : given;
        List<String> lacking = names.stream().filter(n -> files.get(n) == null || files.get(n).data().length == 0).toList();
        if (!lacking.isEmpty()) {
            throw messages.violation(fieldPrefix + names.indexOf(lacking.getFirst()), "services.upload.required",
                    String.join(cn.yingshang.platform.Text.of("platform.list.separator"), lacking));
        }
        Map<String, FileKind> kinds = new java.util.LinkedHashMap<>();
        for (int i = 0; i < names.size(); i++) {
            kinds.put(names.get(i), check(fieldPrefix + i, files.get(names.get(i))));
        }
        return kinds;
    }

    void store(long caseId, String name, Upload upload, FileKind kind) {
        jdbc.sql("""
                        INSERT INTO svc_case_material_file (case_id, name, filename, content_type, size_bytes, data)
                        VALUES (:c, :n, :f, :t, :s, :d) ON CONFLICT (case_id, name) WHERE stage = 'APPLY' DO NOTHING""")
                .param("c", caseId).param("n", name).param("f", upload.filename()).param("t", kind.name())
                .param("s", upload.data().length).param("d", upload.data()).update();
    }

    /** A file supplied after the application (补正 or 容缺): kept beside any earlier file of the same material. */
    void storeLater(long caseId, String name, Upload upload, FileKind kind, Stage stage) {
        jdbc.sql("""
                        INSERT INTO svc_case_material_file (case_id, name, filename, content_type, size_bytes, data, stage)
                        VALUES (:c, :n, :f, :t, :s, :d, :stage)""")
                .param("c", caseId).param("n", name).param("f", upload.filename()).param("t", kind.name())
                .param("s", upload.data().length).param("d", upload.data()).param("stage", stage.name()).update();
    }

    List<Stored> of(long caseId) {
        return jdbc.sql("SELECT id, name, filename, size_bytes, stage FROM svc_case_material_file WHERE case_id = :c ORDER BY id")
                .param("c", caseId)
                .query((rs, n) -> new Stored(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getInt(4),
                        Stage.valueOf(rs.getString(5)))).list();
    }

    Optional<Map<String, Object>> file(long caseId, long fileId) {
        return jdbc.sql("SELECT filename, data FROM svc_case_material_file WHERE case_id = :c AND id = :i")
                .param("c", caseId).param("i", fileId).query().listOfRows().stream().findFirst();
    }
}
