package cn.yingshang.registry.internal;

import cn.yingshang.registry.AbnormalPeriod;
import cn.yingshang.registry.MarketEntities.BulkEntity;
import cn.yingshang.registry.MarketEntity;
import cn.yingshang.registry.TaxFiling;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Iterator;
import java.util.Set;
import org.postgresql.PGConnection;
import org.postgresql.copy.CopyIn;
import org.postgresql.copy.PGCopyOutputStream;

/**
 * Loads entities with COPY in one transaction. On an empty table the trigram index is dropped
 * during the load and rebuilt afterwards, which is several times faster than maintaining it row by row.
 */
final class CopyLoader {

    private final Connection connection;

    CopyLoader(Connection connection) {
        this.connection = connection;
    }

    long load(Iterator<BulkEntity> entities) throws SQLException {
        boolean autoCommit = connection.getAutoCommit();
        connection.setAutoCommit(false);
        try (Statement st = connection.createStatement()) {
            st.execute("SET LOCAL maintenance_work_mem = '512MB'");
            st.execute("SET LOCAL synchronous_commit = off");
            boolean empty;
            try (var rs = st.executeQuery("SELECT NOT EXISTS (SELECT 1 FROM registry_market_entity)")) {
                rs.next();
                empty = rs.getBoolean(1);
            }
            if (empty) {
                st.execute("DROP INDEX IF EXISTS registry_market_entity_name_trgm_idx");
            }
            st.execute("CREATE TEMP TABLE bulk_abnormal (credit_code CHAR(18), listed_on DATE, removed_on DATE, reason TEXT) ON COMMIT DROP");
            st.execute("CREATE TEMP TABLE bulk_tax (credit_code CHAR(18), year INT, filed BOOLEAN) ON COMMIT DROP");

            StringBuilder abnormal = new StringBuilder();
            StringBuilder tax = new StringBuilder();
            long count = copy("COPY registry_market_entity (" + MarketEntityStore.COLUMNS + ") FROM STDIN", out -> {
                long n = 0;
                StringBuilder line = new StringBuilder(256);
                while (entities.hasNext()) {
                    BulkEntity bulk = entities.next();
                    line.setLength(0);
                    entityLine(bulk.entity(), line);
                    out.write(line.toString());
                    String code = bulk.entity().creditCode().value();
                    for (AbnormalPeriod p : bulk.abnormalPeriods()) {
                        abnormal.append(code).append('\t').append(p.listedOn()).append('\t')
                                .append(p.removedOn() == null ? "\\N" : p.removedOn().toString()).append('\t')
                                .append(text(p.reason())).append('\n');
                    }
                    for (TaxFiling t : bulk.taxFilings()) {
                        tax.append(code).append('\t').append(t.year()).append('\t').append(t.filed() ? 't' : 'f').append('\n');
                    }
                    n++;
                }
                return n;
            });
            copy("COPY bulk_abnormal FROM STDIN", out -> {
                out.write(abnormal.toString());
                return 0;
            });
            copy("COPY bulk_tax FROM STDIN", out -> {
                out.write(tax.toString());
                return 0;
            });
            st.execute("""
                    INSERT INTO registry_abnormal_period (entity_id, listed_on, removed_on, reason)
                    SELECT e.id, b.listed_on, b.removed_on, b.reason FROM bulk_abnormal b
                    JOIN registry_market_entity e ON e.credit_code = b.credit_code""");
            st.execute("""
                    INSERT INTO registry_tax_filing (entity_id, year, filed)
                    SELECT e.id, b.year, b.filed FROM bulk_tax b JOIN registry_market_entity e ON e.credit_code = b.credit_code
                    ON CONFLICT (entity_id, year) DO UPDATE SET filed = EXCLUDED.filed""");
            if (empty) {
                st.execute("CREATE INDEX registry_market_entity_name_trgm_idx ON registry_market_entity USING gin (name gin_trgm_ops)");
            }
            connection.commit();
            st.execute("ANALYZE registry_market_entity");
            return count;
        } catch (SQLException | RuntimeException e) {
            connection.rollback();
            throw e;
        } finally {
            connection.setAutoCommit(autoCommit);
        }
    }

    private interface CopyBody {
        long write(Writer out) throws IOException;
    }

    private long copy(String sql, CopyBody body) throws SQLException {
        CopyIn copyIn = connection.unwrap(PGConnection.class).getCopyAPI().copyIn(sql);
        try (PGCopyOutputStream stream = new PGCopyOutputStream(copyIn, 1 << 20);
             Writer out = new java.io.BufferedWriter(new java.io.OutputStreamWriter(stream, StandardCharsets.UTF_8), 1 << 16)) {
            return body.write(out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static void entityLine(MarketEntity e, StringBuilder line) {
        line.append(e.creditCode().value()).append('\t')
                .append(text(e.name())).append('\t')
                .append(e.kind().name()).append('\t')
                .append(e.ownership().name()).append('\t')
                .append(e.region().code()).append('\t')
                .append(e.industry().code()).append('\t')
                .append(e.established()).append('\t')
                .append(number(e.registeredCapital())).append('\t')
                .append(e.headcount() == null ? "\\N" : e.headcount().toString()).append('\t')
                .append(number(e.revenue())).append('\t')
                .append(number(e.assets())).append('\t')
                .append(e.size() == null ? "\\N" : e.size().name()).append('\t')
                .append(e.status().name()).append('\t')
                .append(array(e.qualifications())).append('\t')
                .append(array(e.tags())).append('\n');
    }

    private static String number(BigDecimal value) {
        return value == null ? "\\N" : value.toPlainString();
    }

    private static String text(String s) {
        return s.replace("\\", "\\\\").replace("\t", " ").replace("\n", " ").replace("\r", " ");
    }

    private static String array(Set<String> values) {
        if (values.isEmpty()) {
            return "{}";
        }
        StringBuilder b = new StringBuilder("{");
        for (String v : values) {
            if (b.length() > 1) {
                b.append(',');
            }
            // labels are validated to hold no quotes, commas, braces or backslashes (EntityLabels)
            b.append('"').append(v).append('"');
        }
        return b.append('}').toString();
    }
}
