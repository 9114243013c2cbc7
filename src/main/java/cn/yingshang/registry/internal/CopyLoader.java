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
import java.util.Arrays;
import java.util.Iterator;
import java.util.List;
import java.util.Set;
import org.postgresql.PGConnection;
import org.postgresql.copy.CopyIn;
import org.postgresql.copy.PGCopyOutputStream;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Loads entities with COPY in one transaction. Ids are assigned here (under a table lock), so
 * abnormal periods and tax filings are copied straight in with their entity id, without a join.
 * Into empty tables the secondary indexes are dropped for the load and rebuilt afterwards, which is
 * several times faster than maintaining them row by row.
 */
final class CopyLoader {

    private static final Logger log = LoggerFactory.getLogger(CopyLoader.class);

    /** Indexes rebuilt after a load into empty tables: name, then the statement that recreates it. */
    private static final List<String[]> REBUILT = List.of(
            new String[]{"registry_market_entity_name_trgm_idx",
                    "CREATE INDEX registry_market_entity_name_trgm_idx ON registry_market_entity USING gin (name gin_trgm_ops)"},
            new String[]{"registry_market_entity_region_idx",
                    "CREATE INDEX registry_market_entity_region_idx ON registry_market_entity (region_code)"},
            new String[]{"registry_market_entity_industry_idx",
                    "CREATE INDEX registry_market_entity_industry_idx ON registry_market_entity (industry_code)"},
            new String[]{"registry_abnormal_period_entity_idx",
                    "CREATE INDEX registry_abnormal_period_entity_idx ON registry_abnormal_period (entity_id)"});

    private final Connection connection;

    CopyLoader(Connection connection) {
        this.connection = connection;
    }

    long load(Iterator<BulkEntity> entities) throws SQLException {
        boolean autoCommit = connection.getAutoCommit();
        connection.setAutoCommit(false);
        long started = System.nanoTime();
        try (Statement st = connection.createStatement()) {
            st.execute("SET LOCAL maintenance_work_mem = '1GB'");
            st.execute("SET LOCAL synchronous_commit = off");
            st.execute("LOCK TABLE registry_market_entity, registry_abnormal_period, registry_tax_filing IN EXCLUSIVE MODE");
            long firstId;
            boolean empty;
            try (var rs = st.executeQuery("SELECT coalesce(max(id), 0) + 1, NOT EXISTS (SELECT 1 FROM registry_market_entity) FROM registry_market_entity")) {
                rs.next();
                firstId = rs.getLong(1);
                empty = rs.getBoolean(2);
            }
            if (empty) {
                for (String[] index : REBUILT) {
                    st.execute("DROP INDEX IF EXISTS " + index[0]);
                }
            }
            Related related = new Related();
            long count = copy("COPY registry_market_entity (id, " + MarketEntityStore.COLUMNS + ") FROM STDIN", out -> {
                long id = firstId;
                StringBuilder line = new StringBuilder(256);
                while (entities.hasNext()) {
                    BulkEntity bulk = entities.next();
                    line.setLength(0);
                    line.append(id).append('\t');
                    entityLine(bulk.entity(), line);
                    out.write(line.toString());
                    related.add(id, bulk);
                    id++;
                }
                return id - firstId;
            });
            long entitiesDone = System.nanoTime();
            copy("COPY registry_abnormal_period (entity_id, listed_on, removed_on, reason) FROM STDIN", related::writeAbnormal);
            copy("COPY registry_tax_filing (entity_id, year, filed) FROM STDIN", related::writeTax);
            long relatedDone = System.nanoTime();
            st.execute("SELECT setval('registry_market_entity_id_seq', (SELECT coalesce(max(id), 1) FROM registry_market_entity))");
            if (empty) {
                for (String[] index : REBUILT) {
                    st.execute(index[1]);
                }
            }
            connection.commit();
            long indexed = System.nanoTime();
            // fresh statistics for every table loaded: with none, the planner guesses per-entity scans of the
            // filings for the dormant rule and the cockpit's registry counts run for half an hour, not a second
            st.execute("ANALYZE registry_market_entity, registry_abnormal_period, registry_tax_filing");
            log.info("COPY loaded {} entities: entities {} ms, periods and filings {} ms, indexes {} ms", count,
                    (entitiesDone - started) / 1_000_000, (relatedDone - entitiesDone) / 1_000_000,
                    (indexed - relatedDone) / 1_000_000);
            return count;
        } catch (SQLException | RuntimeException e) {
            connection.rollback();
            throw e;
        } finally {
            connection.setAutoCommit(autoCommit);
        }
    }

    /** Abnormal periods as text (few) and tax filings as primitive arrays (millions): kept until their COPY. */
    private static final class Related {
        private final StringBuilder abnormal = new StringBuilder();
        private long[] taxEntity = new long[1024];
        private int[] taxYear = new int[1024];
        private boolean[] taxFiled = new boolean[1024];
        private int taxCount;

        void add(long id, BulkEntity bulk) {
            for (AbnormalPeriod p : bulk.abnormalPeriods()) {
                abnormal.append(id).append('\t').append(p.listedOn()).append('\t')
                        .append(p.removedOn() == null ? "\\N" : p.removedOn().toString()).append('\t')
                        .append(text(p.reason())).append('\n');
            }
            for (TaxFiling t : bulk.taxFilings()) {
                if (taxCount == taxEntity.length) {
                    taxEntity = Arrays.copyOf(taxEntity, taxCount * 2);
                    taxYear = Arrays.copyOf(taxYear, taxCount * 2);
                    taxFiled = Arrays.copyOf(taxFiled, taxCount * 2);
                }
                taxEntity[taxCount] = id;
                taxYear[taxCount] = t.year();
                taxFiled[taxCount] = t.filed();
                taxCount++;
            }
        }

        long writeAbnormal(Writer out) throws IOException {
            out.write(abnormal.toString());
            return 0;
        }

        long writeTax(Writer out) throws IOException {
            StringBuilder line = new StringBuilder(32);
            for (int i = 0; i < taxCount; i++) {
                line.setLength(0);
                line.append(taxEntity[i]).append('\t').append(taxYear[i]).append('\t').append(taxFiled[i] ? 't' : 'f').append('\n');
                out.write(line.toString());
            }
            return taxCount;
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
