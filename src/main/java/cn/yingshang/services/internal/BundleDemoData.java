package cn.yingshang.services.internal;

import cn.yingshang.platform.Accounts;
import cn.yingshang.platform.DepartmentFunction;
import cn.yingshang.platform.Departments;
import cn.yingshang.platform.JobLocks;
import cn.yingshang.platform.Role;
import cn.yingshang.platform.SignedInUser;
import cn.yingshang.shared.RegionCode;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Demo handlers for the public-security bureau and the housing-fund centre (the 企业开办 parts they
 * own), an 企业开办 bundle half done, a 简易注销 bundle in its notice period and a help request being
 * helped. Everything is dated today: the application path takes the date from the clock.
 */
@Component
@Order(60)
class BundleDemoData implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(BundleDemoData.class);
    private static final String PASSWORD = "Demo@2025";

    private final Accounts accounts;
    private final Departments departments;
    private final ApplyingForBundle bundles;
    private final AcceptingCase accepting;
    private final DecidingCase deciding;
    private final AssistingEnterprise assisting;
    private final ServiceMessages messages;
    private final JdbcClient jdbc;
    private final JobLocks jobLocks;
    private final boolean enabled;

    BundleDemoData(Accounts accounts, Departments departments, ApplyingForBundle bundles, AcceptingCase accepting,
                   DecidingCase deciding, AssistingEnterprise assisting, ServiceMessages messages, JdbcClient jdbc,
                   JobLocks jobLocks, @Value("${yingshang.demo.enabled:false}") boolean enabled) {
        this.accounts = accounts;
        this.departments = departments;
        this.bundles = bundles;
        this.accepting = accepting;
        this.deciding = deciding;
        this.assisting = assisting;
        this.messages = messages;
        this.jdbc = jdbc;
        this.jobLocks = jobLocks;
        this.enabled = enabled;
    }

    @Override
    public void run(ApplicationArguments args) {
        if (!enabled) {
            return;
        }
        jobLocks.runAlone(JobLocks.START_UP, () -> {
            try {
                handlers();
                load();
            } catch (RuntimeException e) {
                log.warn("Demo bundles not loaded: {}", e.getMessage());
            }
        });
    }

    private void handlers() {
        RegionCode urumqi = RegionCode.of("650100");
        account("ga.handler", messages.text("services.demo.gaHandler"), DepartmentFunction.PUBLIC_SECURITY, urumqi);
        account("gjj.handler", messages.text("services.demo.gjjHandler"), DepartmentFunction.HOUSING_FUND, urumqi);
    }

    private void account(String username, String name, DepartmentFunction function, RegionCode region) {
        if (accounts.byUsername(username).isPresent()) {
            return;
        }
        departments.responsibleFor(region, function).ifPresent(d -> accounts.createDemoAccount(
                new Accounts.NewAccount(username, PASSWORD, name, Role.HANDLER, d.id(), null, null)));
    }

    private void load() {
        if (jdbc.sql("SELECT count(*) FROM svc_bundle").query(Long.class).single() > 0) {
            return;
        }
        Optional<SignedInUser> enterprise = user("enterprise1", Set.of("services:apply"));
        Optional<SignedInUser> market = user("scj.handler", Set.of("services:handle"));
        if (enterprise.isEmpty() || market.isEmpty()) {
            return;
        }
        ApplyingForBundle.Identity identity = new ApplyingForBundle.Identity(messages.text("services.demo.applicant"), "11010519491231002X");
        long opening = bundles.apply("ENTERPRISE_OPENING", identity, "demo-opening", enterprise.get());
        Long registration = jdbc.sql("SELECT case_id FROM svc_bundle_part WHERE bundle_id = :id AND seq = 1")
                .param("id", opening).query(Long.class).single();
        accepting.accept(registration, market.get());
        deciding.grant(registration, market.get());
        bundles.apply("SIMPLE_DEREGISTRATION", identity, "demo-deregistration", enterprise.get());

        long guide = jdbc.sql("SELECT id FROM svc_implementation WHERE item_code = 'BDL-KB-01' LIMIT 1").query(Long.class).single();
        long help = assisting.request(new AssistingEnterprise.Request(guide, null, messages.text("services.demo.helpText"),
                messages.text("services.demo.applicant"), "13800138000", "demo-help"), enterprise.get());
        assisting.assign(help, messages.text("services.demo.helper"), market.get());
        log.info("Loaded demo bundles and a help request");
    }

    private Optional<SignedInUser> user(String username, Set<String> permissions) {
        return accounts.byUsername(username).map(a -> new SignedInUser(a.id(), a.username(), a.displayName(), a.role(),
                a.departmentId(), a.creditCode(), permissions, List.of()));
    }
}
