package cn.yingshang.inspection.internal;

import cn.yingshang.platform.Text;
import cn.yingshang.platform.AuditLog;
import cn.yingshang.platform.Notifications;
import cn.yingshang.platform.SignedInUser;
import cn.yingshang.registry.MarketEntities;
import cn.yingshang.shared.CreditRiskClass;
import cn.yingshang.shared.DomainViolation;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.Arrays;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Optional;
import java.util.Set;
import java.util.zip.Deflater;
import java.util.zip.GZIPInputStream;
import java.util.zip.GZIPOutputStream;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.util.StopWatch;

/**
 * 双随机: commit (publish the seed's hash and the frozen pool's hash), then draw (compute the
 * selection from seed, pool and plan, assign inspectors, reveal the seed). Draw records are
 * immutable (a database trigger refuses any change once drawn).
 */
@Service
class Draws {

    record Draw(long planId, String algorithm, String seedCommitment, String revealedSeed, OffsetDateTime committedAt,
                String poolHash, int poolSize, int excludedCount, BigDecimal excludedExpectedVisits, OffsetDateTime drawnAt,
                String selectionHash, Integer selectedCount) {

        public boolean drawn() {
            return drawnAt != null;
        }
    }

    record Verification(boolean commitmentMatches, boolean poolHashMatches, boolean selectionMatches, String recomputedHash,
                        List<String> recomputed, List<String> recorded) {
        public boolean allMatch() {
            return commitmentMatches && poolHashMatches && selectionMatches;
        }
    }

    private final JdbcClient jdbc;
    private final Plans plans;
    private final Catalogue catalogue;
    private final EntityClasses classes;
    private final InspectorPool inspectors;
    private final MarketEntities entities;
    private final DrawnTasks tasks;
    private final Notifications notifications;
    private final AuditLog audit;
    private final Clock clock;
    private static final Logger log = LoggerFactory.getLogger(Draws.class);

    private final SecureRandom random = new SecureRandom();

    Draws(JdbcClient jdbc, Plans plans, Catalogue catalogue, EntityClasses classes, InspectorPool inspectors,
          MarketEntities entities, DrawnTasks tasks, Notifications notifications, AuditLog audit, Clock clock) {
        this.jdbc = jdbc;
        this.plans = plans;
        this.catalogue = catalogue;
        this.classes = classes;
        this.inspectors = inspectors;
        this.entities = entities;
        this.tasks = tasks;
        this.notifications = notifications;
        this.audit = audit;
        this.clock = clock;
    }

    /** Freeze the pool and publish the seed's commitment; the seed itself stays secret until the draw. */
    @Transactional
    Draw commit(long planId, SignedInUser user) {
        Plans.Plan plan = plans.require(planId);
        requireLeadOrOffice(plan, user);
        // as in draw: a second commit waits for the first and is then refused, instead of freezing the registry again
        // and failing on the draw record's key with a 500
        jdbc.sql("SELECT id FROM inspection_plan WHERE id = ? FOR UPDATE").param(planId).query(Long.class).single();
        if (find(planId).isPresent()) {
            throw DomainViolation.of("plan", "inspection.draws.plan");
        }
        List<InspectionItem> items = catalogue.byIds(plan.itemIds());
        Catalogue.requirePublished(items);
        StopWatch watch = new StopWatch("freeze plan " + planId);
        watch.start("exclusions and classes");
        LocalDate today = LocalDate.now(clock);
        Set<String> recentlyInspected = new HashSet<>(jdbc.sql("SELECT DISTINCT credit_code FROM inspection_task WHERE drawn_on > ?")
                .param(today.minusDays(plan.exclusionDays())).query(String.class).list());
        PoolFreezer freezer = new PoolFreezer(items, classes.nonOrdinary(), recentlyInspected);
        watch.stop();
        watch.start("registry read and filter");
        entities.forEachActiveScope(freezer);
        watch.stop();
        watch.start("pool in code order");
        PoolFreezer.Frozen frozen = freezer.freeze();
        watch.stop();
        watch.start("hash, compress, store");
        DrawAlgorithm.Pool pool = frozen.pool();
        int[] excluded = frozen.excludedPerClass();
        byte[] canonical = pool.canonical();
        String seed = DrawAlgorithm.newSeed(random);
        BigDecimal expected = BigDecimal.ZERO;
        int excludedCount = 0;
        for (CreditRiskClass c : CreditRiskClass.values()) {
            excludedCount += excluded[c.ordinal()];
            expected = expected.add(plan.ratios().of(c).multiply(BigDecimal.valueOf(excluded[c.ordinal()])).movePointLeft(2));
        }
        jdbc.sql("""
                        INSERT INTO inspection_draw (plan_id, algorithm, seed_commitment, seed, committed_at, pool_hash, pool_size,
                                                     excluded_count, excluded_expected_visits, pool_per_class)
                        VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""")
                .params(planId, DrawAlgorithm.NAME, DrawAlgorithm.commitment(seed), seed, OffsetDateTime.now(clock),
                        DrawAlgorithm.sha256(canonical), pool.size(), excludedCount, expected,
                        Arrays.stream(pool.countsPerClass()).boxed().toArray(Integer[]::new)).update();
        jdbc.sql("INSERT INTO inspection_pool_snapshot (plan_id, snapshot) VALUES (?, ?)").params(planId, gzip(canonical)).update();
        storeRegions(planId, frozen.perRegion());
        watch.stop();
        log.info("{} entities: {}", pool.size(), summary(watch));
        Draw draw = find(planId).orElseThrow();
        audit.record("inspection.draw.commit", "inspection_plan", Long.toString(planId), null,
                Map.of("seedCommitment", draw.seedCommitment(), "poolHash", draw.poolHash(), "poolSize", draw.poolSize()));
        return draw;
    }

    /** Compute the selection from the committed seed and frozen pool, create one task per entity, reveal the seed. */
    @Transactional
    Draw draw(long planId, SignedInUser user) {
        Plans.Plan plan = plans.require(planId);
        requireLeadOrOffice(plan, user);
        // a second draw of the plan (a double click, two officers) waits here until the first has committed, then
        // finds it drawn, instead of creating every task again only to fail on the immutable draw record with a 500
        jdbc.sql("SELECT plan_id FROM inspection_draw WHERE plan_id = ? FOR UPDATE").param(planId).query(Long.class).optional();
        Draw committed = find(planId).orElseThrow(() -> DomainViolation.of("plan", "inspection.draws.plan2"));
        if (committed.drawn()) {
            throw new cn.yingshang.shared.ConflictingChange(Text.of("inspection.draw.alreadyDrawn"));
        }
        List<InspectionItem> items = catalogue.byIds(plan.itemIds());
        Catalogue.requirePublished(items);
        String seed = secretSeed(planId);
        StopWatch watch = new StopWatch("draw plan " + planId);
        watch.start("load pool");
        byte[] frozen = snapshot(planId);
        watch.stop();
        watch.start("check pool");
        DrawAlgorithm.Pool checked = DrawAlgorithm.Pool.parse(frozen);
        watch.stop();
        watch.start("select");
        DrawAlgorithm.Selection selection = DrawAlgorithm.draw(seed, checked, plan.ratios());
        watch.stop();
        Set<Long> planDepartments = new LinkedHashSet<>();
        items.forEach(i -> planDepartments.add(i.departmentId()));
        List<InspectorDraw.Candidate> pool = inspectors.activeIn(planDepartments).stream().map(InspectorPool.Inspector::candidate).toList();
        watch.start("recusals and last inspectors");
        Map<String, Set<Long>> recused = inspectors.excludedFor(selection.codes());
        watch.stop();
        DrawnTasks.Created created = tasks.create(new DrawnTasks.Context(planId, seed, items, pool, recused, LocalDate.now(clock)),
                selection, watch);
        watch.start("reveal and notify");
        Set<Long> notified = created.inspectors();
        cn.yingshang.shared.ConflictingChange.unlessOne(jdbc.sql(
                        "UPDATE inspection_draw SET drawn_at = ?, selection_hash = ?, selected_count = ? WHERE plan_id = ? AND drawn_at IS NULL")
                .params(OffsetDateTime.now(clock), selection.hash(), selection.codes().size(), planId).update());
        for (Long account : notified) {
            notifications.toAccount(account, Text.of("inspection.draw.notice.title", plan.title()), Text.of("inspection.draw.notice.body"),
                    "/workbench/inspections/tasks");
        }
        watch.stop();
        log.info("{} tasks: {}", created.tasks(), summary(watch));
        Draw draw = find(planId).orElseThrow();
        audit.record("inspection.draw.draw", "inspection_plan", Long.toString(planId), null,
                Map.of("seed", seed, "selectionHash", selection.hash(), "selected", selection.codes().size()));
        return draw;
    }

    /** Recompute from the revealed seed (or one the caller supplies) and the frozen pool, and compare. */
    Verification verify(long planId, String seedOverride) {
        Draw draw = find(planId).orElseThrow(() -> new NoSuchElementException(Text.of("inspection.draw.notDrawn")));
        if (!draw.drawn()) {
            throw DomainViolation.of("seed", "inspection.draws.seed");
        }
        String seed = seedOverride == null || seedOverride.isBlank() ? draw.revealedSeed() : seedOverride.strip().toLowerCase();
        byte[] canonical = snapshot(planId);
        DrawAlgorithm.Selection recomputed = DrawAlgorithm.draw(seed, DrawAlgorithm.Pool.parse(canonical), plans.require(planId).ratios());
        List<String> recorded = selectedCodes(planId);
        return new Verification(DrawAlgorithm.commitment(seed).equals(draw.seedCommitment()),
                DrawAlgorithm.sha256(canonical).equals(draw.poolHash()),
                recomputed.hash().equals(draw.selectionHash()) && recomputed.codes().equals(recorded),
                recomputed.hash(), recomputed.codes(), recorded);
    }

    /** A few hundred rows, one per region code with entities in scope: the pool's counts the cockpit shows per prefecture. */
    private void storeRegions(long planId, Map<String, int[]> perRegion) {
        perRegion.forEach((region, c) -> jdbc.sql("""
                        INSERT INTO inspection_draw_region (plan_id, region_code, pool_a, pool_b, pool_c, pool_d, pool_key,
                                                            excluded_a, excluded_b, excluded_c, excluded_d)
                        VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""")
                .params(planId, region, c[0], c[1], c[2], c[3], c[4], c[5], c[6], c[7], c[8]).update());
    }

    List<String> selectedCodes(long planId) {
        return jdbc.sql("SELECT credit_code FROM inspection_task WHERE plan_id = ? ORDER BY credit_code").param(planId)
                .query(String.class).list();
    }

    Optional<Draw> find(long planId) {
        return jdbc.sql("SELECT * FROM inspection_draw WHERE plan_id = ?").param(planId).query((rs, n) -> {
            OffsetDateTime drawnAt = rs.getObject("drawn_at", OffsetDateTime.class);
            return new Draw(rs.getLong("plan_id"), rs.getString("algorithm"), rs.getString("seed_commitment"),
                    drawnAt == null ? null : rs.getString("seed"), rs.getObject("committed_at", OffsetDateTime.class),
                    rs.getString("pool_hash"), rs.getInt("pool_size"), rs.getInt("excluded_count"),
                    rs.getBigDecimal("excluded_expected_visits"), drawnAt, rs.getString("selection_hash"),
                    (Integer) rs.getObject("selected_count"));
        }).optional();
    }

    record PublicDraw(long planId, String title, int year, Draw draw) {
    }

    /** One page of the published draws, latest commitment first, searched by the plan's title, narrowed to a plan year. */
    cn.yingshang.platform.PageOf<PublicDraw> publicDraws(Integer year, String search, cn.yingshang.platform.ListPage page) {
        java.util.Map<String, Object> params = new java.util.HashMap<>();
        params.put("year", year);
        return cn.yingshang.platform.ListQuery.page(jdbc, new cn.yingshang.platform.ListQuery.Spec("d.plan_id",
                        "inspection_draw d JOIN inspection_plan p ON p.id = d.plan_id", "CAST(:year AS INT) IS NULL OR p.plan_year = :year",
                        List.of("p.title"), List.of(), java.util.Map.of("committed", "d.committed_at", "year", "p.plan_year", "title", "p.title"),
                        "d.committed_at DESC, d.plan_id DESC"), params, search, page, (rs, n) -> rs.getLong(1))
                .map(id -> {
                    Plans.Plan p = plans.require(id);
                    return new PublicDraw(id, p.title(), p.year(), find(id).orElseThrow());
                });
    }

    /** The frozen pool's canonical text (published as is; its SHA-256 is the pool hash). */
    /** Whether the object pool was frozen for the plan: only then is there a pool file to offer. */
    boolean hasSnapshot(long planId) {
        return jdbc.sql("SELECT EXISTS (SELECT 1 FROM inspection_pool_snapshot WHERE plan_id = ?)").param(planId).query(Boolean.class).single();
    }

    byte[] snapshot(long planId) {
        byte[] gz = jdbc.sql("SELECT snapshot FROM inspection_pool_snapshot WHERE plan_id = ?").param(planId).query(byte[].class).optional()
                .orElseThrow(() -> new NoSuchElementException(Text.of("inspection.draw.poolNotFrozen")));
        try (GZIPInputStream in = new GZIPInputStream(new ByteArrayInputStream(gz))) {
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private String secretSeed(long planId) {
        return jdbc.sql("SELECT seed FROM inspection_draw WHERE plan_id = ?").param(planId).query(String.class).single();
    }

    /** Fastest deflate level: a 2.5M pool (58 MB of text) shrinks to about a third in well under a second. */
    private static byte[] gzip(byte[] bytes) {
        ByteArrayOutputStream out = new ByteArrayOutputStream(bytes.length / 3 + 1024);
        try (GZIPOutputStream gz = new GZIPOutputStream(out, 1 << 16) {
            {
                def.setLevel(Deflater.BEST_SPEED);
            }
        }) {
            gz.write(bytes);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    private static String summary(StopWatch watch) {
        StringBuilder out = new StringBuilder(watch.getId()).append(" in ").append(watch.getTotalTimeMillis()).append(" ms (");
        for (StopWatch.TaskInfo task : watch.getTaskInfo()) {
            out.append(task.getTaskName()).append(' ').append(task.getTimeMillis()).append(" ms; ");
        }
        return out.append(')').toString();
    }

    static void requireLeadOrOffice(Plans.Plan plan, SignedInUser user) {
        Catalogue.requireManagedBy(user, plan.leadDepartmentId());
    }
}
