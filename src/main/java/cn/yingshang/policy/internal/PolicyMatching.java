package cn.yingshang.policy.internal;

import cn.yingshang.platform.Text;
import cn.yingshang.platform.Notifications;
import cn.yingshang.policy.internal.EntityFacts.CreditStatus;
import cn.yingshang.policy.internal.Policy.GrantMode;
import cn.yingshang.policy.internal.Policy.RuleVersion;
import cn.yingshang.registry.MarketEntities;
import cn.yingshang.registry.MarketEntity;
import cn.yingshang.shared.CreditCode;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Keeps the match set (who qualifies for which policy today) in PostgreSQL, computed by the
 * {@link MatchEngine} over an in-memory column table of the registry, and pushes the differences:
 * new matches are notified, lost ones recorded; 免申即享 policies refresh their pending batch.
 */
@Service
class PolicyMatching {

    private static final Logger log = LoggerFactory.getLogger(PolicyMatching.class);

    private final MarketEntities registry;
    private final PolicyStore store;
    private final Notifications notifications;
    private final Grants grants;
    private final Clock clock;
    private final TransactionTemplate tx;
    private EntityColumns table;
    private MatchEngine engine;
    /** The last policy_entity_change applied to this node's table. */
    private long watermark;
    /** Changes applied from the look-back window, so they are not applied again on every answer. */
    private final java.util.TreeSet<Long> appliedRecently = new java.util.TreeSet<>();

    /** How far back a node re-reads the change log for transactions that committed out of sequence order. */
    static final int LOOK_BACK_SECONDS = 60;

    PolicyMatching(MarketEntities registry, PolicyStore store, Notifications notifications, Grants grants, Clock clock,
                   PlatformTransactionManager transactions) {
        this.registry = registry;
        this.store = store;
        this.notifications = notifications;
        this.grants = grants;
        this.clock = clock;
        this.tx = new TransactionTemplate(transactions);
    }

    LocalDate today() {
        return LocalDate.now(clock);
    }

    /**
     * The engine over this node's replica of the registry, first brought up to date: entity changes
     * heard on any node are in policy_entity_change, and those past this node's watermark are reloaded
     * from the registry before the engine answers (one indexed query when nothing changed).
     */
    private synchronized MatchEngine engine() {
        if (engine == null) {
            load();
        } else {
            catchUp();
        }
        return engine;
    }

    private void catchUp() {
        List<PolicyStore.EntityChange> changes = store.entityChangesSince(watermark, LOOK_BACK_SECONDS);
        if (changes.isEmpty()) {
            appliedRecently.clear();
            return;
        }
        Set<String> codes = new java.util.LinkedHashSet<>();
        for (PolicyStore.EntityChange c : changes) {
            if (appliedRecently.add(c.seq())) {
                codes.add(c.creditCode());
            }
            watermark = Math.max(watermark, c.seq());
        }
        appliedRecently.headSet(changes.getFirst().seq()).clear();
        for (String code : codes) {
            registry.find(CreditCode.of(code)).ifPresent(e -> {
                CreditStatus credit = store.creditStatus(code);
                int row = table.put(code, EntityFacts.of(e, credit));
                table.setCredit(row, credit.creditClass(), credit.dishonest(), credit.excludedFromAutoGrant());
            });
        }
        if (!codes.isEmpty()) {
            log.debug("policy engine caught up with {} changed entities (watermark {})", codes.size(), watermark);
        }
    }

    private void load() {
        {
            // the watermark is read before the registry: a change committed during the load is replayed after it
            watermark = store.lastEntityChange();
            long started = System.nanoTime();
            Map<String, CreditStatus> credit = store.creditStatuses();
            EntityColumns t = new EntityColumns();
            registry.forEach(e -> {
                CreditStatus c = credit.getOrDefault(e.creditCode().value(), CreditStatus.ORDINARY);
                int row = t.put(e.creditCode().value(), EntityFacts.of(e, c));
                t.setCredit(row, c.creditClass(), c.dishonest(), c.excludedFromAutoGrant());
            });
            table = t;
            engine = new MatchEngine(t);
            log.info("Policy engine loaded {} entities in {} ms", t.size(), (System.nanoTime() - started) / 1_000_000);
        }
    }

    /** The entity's facts as rules see them: registry values plus the credit projection. */
    Optional<EntityFacts> facts(String code) {
        return registry.find(CreditCode.of(code)).map(e -> EntityFacts.of(e, store.creditStatus(code)));
    }

    /** How many entities a rule would match as of a date (preview before publishing). */
    synchronized int[] preview(String regionScope, Rule rule, boolean autoGrant, LocalDate asOf) {
        MatchEngine e = engine();
        return e.match(new CompiledRule(0, Policy.effective(regionScope, rule), autoGrant, table, asOf));
    }

    synchronized List<String> codes(int[] rows) {
        engine();
        List<String> out = new ArrayList<>(rows.length);
        for (int r : rows) {
            out.add(table.code(r));
        }
        return out;
    }

    /** Recomputes one policy's match set (on publication or a new version) and pushes the difference. */
    synchronized void rematchPolicy(long policyId) {
        Policy policy = store.find(policyId).orElseThrow();
        LocalDate today = today();
        Set<String> now = new HashSet<>();
        Optional<RuleVersion> version = Policy.versionOn(store.versions(policyId), today);
        if (policy.inForceOn(today) && version.isPresent()) {
            CompiledRule rule = new CompiledRule(policyId, policy.effective(version.get().rule()),
                    policy.mode() == GrantMode.AUTO_GRANT, engine().table(), today);
            now.addAll(codes(engine().match(rule)));
        }
        Set<String> before = store.matchSet(policyId);
        List<String> added = now.stream().filter(c -> !before.contains(c)).sorted().toList();
        List<String> lost = before.stream().filter(c -> !now.contains(c)).sorted().toList();
        push(policy, added, lost);
    }

    /** An entity changed: only the rules reading a changed attribute are evaluated, for this entity only. */
    synchronized void rematchEntity(String code, Set<Attribute> changed, boolean everything) {
        MatchEngine e = engine();
        Optional<MarketEntity> entity = registry.find(CreditCode.of(code));
        if (entity.isEmpty()) {
            return;
        }
        CreditStatus credit = store.creditStatus(code);
        int row = table.put(code, EntityFacts.of(entity.get(), credit));
        table.setCredit(row, credit.creditClass(), credit.dishonest(), credit.excludedFromAutoGrant());
        LocalDate today = today();
        Set<Long> matchedBefore = store.matchedPolicies(code);
        for (Policy policy : store.published()) {
            if (!policy.inForceOn(today)) {
                continue;
            }
            Optional<RuleVersion> version = Policy.versionOn(store.versions(policy.id()), today);
            if (version.isEmpty()) {
                continue;
            }
            boolean autoGrant = policy.mode() == GrantMode.AUTO_GRANT;
            CompiledRule rule = new CompiledRule(policy.id(), policy.effective(version.get().rule()), autoGrant, table, today);
            boolean relevant = everything || MatchEngine.touches(rule, changed)
                    || (autoGrant && changed.contains(Attribute.DISHONEST));
            if (!relevant) {
                continue;
            }
            boolean matches = rule.matches(row);
            boolean was = matchedBefore.contains(policy.id());
            if (matches && !was) {
                push(policy, List.of(code), List.of());
            } else if (!matches && was) {
                push(policy, List.of(), List.of(code));
            }
        }
        if (e == null) {
            throw new IllegalStateException();
        }
    }

    /**
     * The difference, its notices and the pending 免申即享 batch in one transaction, one policy at a
     * time across nodes (an advisory lock): a failure leaves nothing half-written, and only codes that
     * really entered the match set are notified.
     */
    private void push(Policy policy, List<String> added, List<String> lost) {
        if (added.isEmpty() && lost.isEmpty()) {
            return;
        }
        tx.executeWithoutResult(status -> pushInTransaction(policy, added, lost));
    }

    private void pushInTransaction(Policy policy, List<String> candidates, List<String> lost) {
        store.lockPolicy(policy.id());
        List<String> added = store.applyDifference(policy.id(), candidates, lost);
        for (String code : added) {
            notifications.toEntity(CreditCode.of(code), Text.of("policy.match.notice.title", policy.title()),
                    policy.mode() == GrantMode.AUTO_GRANT ? Text.of("policy.match.notice.autoGrantBody") : Text.of("policy.match.notice.applyBody"),
                    "/enterprise/policies/" + policy.id());
        }
        if (policy.mode() == GrantMode.AUTO_GRANT) {
            grants.refreshPendingBatch(policy, this::amountFacts);
        }
        log.debug("policy {}: {} new, {} lost", policy.id(), added.size(), lost.size());
    }

    /** Name, revenue and assets of a matched entity for the payout list. */
    synchronized Grants.Beneficiary amountFacts(String code) {
        engine();
        int row = table.rowOf(code);
        String name = registry.find(CreditCode.of(code)).map(MarketEntity::name).orElse(code);
        if (row < 0) {
            return new Grants.Beneficiary(code, name, null, null);
        }
        double r = table.revenue[row];
        double a = table.assets[row];
        return new Grants.Beneficiary(code, name, Double.isNaN(r) ? null : r, Double.isNaN(a) ? null : a);
    }

    static Set<Attribute> attributesOf(Set<String> names) {
        Set<Attribute> out = EnumSet.noneOf(Attribute.class);
        for (String n : names) {
            if (n.equals("established")) {
                out.add(Attribute.AGE_YEARS);
            }
            Attribute.byKey(n).ifPresent(out::add);
        }
        return out;
    }
}
