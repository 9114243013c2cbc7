package cn.yingshang.inspection.internal;

import cn.yingshang.platform.Text;
import cn.yingshang.registry.MarketEntities;
import cn.yingshang.registry.MarketEntity;
import cn.yingshang.shared.CreditCode;
import cn.yingshang.shared.DomainViolation;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.IntStream;
import javax.sql.DataSource;
import org.postgresql.PGConnection;
import org.postgresql.copy.PGCopyOutputStream;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.DataSourceUtils;
import org.springframework.stereotype.Component;
import org.springframework.util.StopWatch;

/**
 * Turns a drawn selection into visits: one task per entity with its checklist items and at least two
 * inspectors. A 2.5M pool can yield hundreds of thousands of tasks, so entities are read in bulk,
 * inspectors are drawn on every core, and the three tables are written with COPY inside the draw's
 * transaction (all or nothing).
 */
@Component
class DrawnTasks {

    /** What a draw creates, for notifications and the audit log. */
    record Created(int tasks, Set<Long> inspectors) {
    }

    record Context(long planId, String seed, List<InspectionItem> items, List<InspectorDraw.Candidate> inspectorPool,
                   Map<String, Set<Long>> recused, LocalDate drawnOn) {
    }

    private static final String TASK_ALPHABET = "23456789ABCDEFGHJKLMNPQRTUWXY";
    private static final int LOOKUP_BATCH = 50_000;

    private final JdbcClient jdbc;
    private final DataSource dataSource;
    private final MarketEntities entities;
    private final SecureRandom random = new SecureRandom();

    DrawnTasks(JdbcClient jdbc, DataSource dataSource, MarketEntities entities) {
        this.jdbc = jdbc;
        this.dataSource = dataSource;
        this.entities = entities;
    }

    private record Visit(MarketEntity entity, List<InspectionItem> items, Set<Long> departments, boolean key,
                         List<InspectorDraw.Candidate> inspectors) {
    }

    /** The tasks of a selection; the class recorded is the one the pool was frozen with. */
    Created create(Context context, DrawAlgorithm.Selection selection, StopWatch watch) {
        List<String> codes = selection.codes();
        watch.start("registry lookup");
        Map<String, MarketEntity> registered = registered(codes);
        watch.stop();
        watch.start("inspectors");
        Visit[] visits = new Visit[codes.size()];
        ThreadLocal<DrawAlgorithm.Hmac> macs = ThreadLocal.withInitial(() -> new DrawAlgorithm.Hmac(context.seed()));
        IntStream.range(0, codes.size()).parallel().forEach(i -> visits[i] = visit(context, codes.get(i), registered, macs.get()));
        watch.stop();
        watch.start("write tasks");
        long[] ids = jdbc.sql("SELECT nextval('inspection_task_id_seq') FROM generate_series(1, ?)").param(codes.size())
                .query(Long.class).list().stream().mapToLong(Long::longValue).toArray();
        String[] taskCodes = taskCodes(codes.size());
        Set<Long> inspectors = new HashSet<>();
        Connection connection = DataSourceUtils.getConnection(dataSource);
        try {
            copy(connection, """
                    COPY inspection_task (id, plan_id, code, credit_code, entity_name, region_code, risk_class, key_supervision,
                                          departments_covered, drawn_on) FROM STDIN""", out -> {
                StringBuilder line = new StringBuilder(128);
                for (int i = 0; i < visits.length; i++) {
                    Visit v = visits[i];
                    String code = codes.get(i);
                    line.setLength(0);
                    line.append(ids[i]).append('\t').append(context.planId()).append('\t').append(taskCodes[i]).append('\t')
                            .append(code).append('\t');
                    escaped(v.entity().name(), line);
                    line.append('\t').append(v.entity().region().code()).append('\t')
                            .append(selection.riskClasses().get(i).name()).append('\t')
                            .append(v.key() ? 't' : 'f').append('\t').append(v.departments().size()).append('\t')
                            .append(context.drawnOn()).append('\n');
                    out.append(line);
                }
            });
            copy(connection, "COPY inspection_task_item (task_id, item_id) FROM STDIN", out -> {
                for (int i = 0; i < visits.length; i++) {
                    for (InspectionItem item : visits[i].items()) {
                        out.append(Long.toString(ids[i])).append('\t').append(Long.toString(item.id())).append('\n');
                    }
                }
            });
            copy(connection, """
                    COPY inspection_task_inspector (task_id, account_id, certificate_no, display_name, department_id)
                    FROM STDIN""", out -> {
                StringBuilder line = new StringBuilder(96);
                for (int i = 0; i < visits.length; i++) {
                    for (InspectorDraw.Candidate c : visits[i].inspectors()) {
                        line.setLength(0);
                        line.append(ids[i]).append('\t').append(c.accountId()).append('\t');
                        escaped(c.certificateNo(), line);
                        line.append('\t');
                        escaped(c.displayName(), line);
                        line.append('\t').append(c.departmentId()).append('\n');
                        out.append(line);
                        inspectors.add(c.accountId());
                    }
                }
            });
        } finally {
            DataSourceUtils.releaseConnection(connection, dataSource);
        }
        watch.stop();
        return new Created(visits.length, inspectors);
    }

    private Map<String, MarketEntity> registered(List<String> codes) {
        Map<String, MarketEntity> found = new HashMap<>(codes.size() * 2);
        for (int from = 0; from < codes.size(); from += LOOKUP_BATCH) {
            List<CreditCode> batch = codes.subList(from, Math.min(codes.size(), from + LOOKUP_BATCH)).stream().map(CreditCode::of).toList();
            entities.findAll(batch).forEach(e -> found.put(e.creditCode().value(), e));
        }
        return found;
    }

    private static Visit visit(Context context, String code, Map<String, MarketEntity> registered, DrawAlgorithm.Hmac mac) {
        MarketEntity entity = registered.get(code);
        if (entity == null) {
            throw DomainViolation.of("plan", "inspection.drawnTasks.plan", code);
        }
        List<InspectionItem> applying = context.items().stream().filter(i -> i.scope().covers(entity)).toList();
        if (applying.isEmpty()) {
            applying = context.items();  // the entity changed after the pool was frozen: the visit still covers the plan
        }
        Set<Long> departments = new LinkedHashSet<>();
        applying.forEach(i -> departments.add(i.departmentId()));
        List<InspectorDraw.Candidate> chosen = InspectorDraw.assign(mac, code, entity.name(), entity.region().code(), departments,
                context.inspectorPool(), context.recused().getOrDefault(code, Set.of()));
        return new Visit(entity, applying, departments, applying.stream().anyMatch(InspectionItem::keySupervision), chosen);
    }

    /** Distinct random task codes (JC + 10 characters without look-alikes), from one call to the secure generator. */
    private String[] taskCodes(int count) {
        String[] codes = new String[count];
        Set<String> seen = new HashSet<>(count * 2);
        byte[] bytes = new byte[Math.max(64, count * 12)];
        int at = bytes.length;
        int limit = 256 - 256 % TASK_ALPHABET.length();  // rejection keeps every character equally likely
        for (int i = 0; i < count; ) {
            StringBuilder code = new StringBuilder(12).append("JC");
            while (code.length() < 12) {
                if (at == bytes.length) {
                    random.nextBytes(bytes);
                    at = 0;
                }
                int b = bytes[at++] & 0xff;
                if (b < limit) {
                    code.append(TASK_ALPHABET.charAt(b % TASK_ALPHABET.length()));
                }
            }
            if (seen.add(code.toString())) {
                codes[i++] = code.toString();
            }
        }
        return codes;
    }

    private interface CopyBody {
        void write(Writer out) throws IOException;
    }

    private static void copy(Connection connection, String sql, CopyBody body) {
        try (PGCopyOutputStream stream = new PGCopyOutputStream(connection.unwrap(PGConnection.class), sql, 1 << 20);
             Writer out = new BufferedWriter(new OutputStreamWriter(stream, StandardCharsets.UTF_8), 1 << 16)) {
            body.write(out);
        } catch (SQLException e) {
            throw new IllegalStateException(Text.of("inspection.draw.tasksNotWritten", e.getMessage()), e);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** COPY text format: backslash, tab and line breaks escaped. */
    private static void escaped(String value, StringBuilder out) {
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            switch (c) {
                case '\\' -> out.append("\\\\");
                case '\t' -> out.append("\\t");
                case '\n' -> out.append("\\n");
                case '\r' -> out.append("\\r");
                default -> out.append(c);
            }
        }
    }
}
