package cn.yingshang.services.internal;

import cn.yingshang.platform.Accounts;
import cn.yingshang.platform.Department;
import cn.yingshang.platform.DepartmentFunction;
import cn.yingshang.platform.Departments;
import cn.yingshang.platform.JobLocks;
import cn.yingshang.platform.Role;
import cn.yingshang.platform.SignedInUser;
import cn.yingshang.shared.RegionCode;
import java.util.List;
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
 * Demo staff of the departments that handle the seeded items (public security, justice, the power
 * company) with their AB岗 backups, and a few of today's cases in 乌鲁木齐's public-security queue:
 * one waiting for acceptance, one accepted with a missing 委托书, one entered at the window.
 */
@Component
@Order(45)
class ServicesDemoData implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(ServicesDemoData.class);
    private static final String PASSWORD = "Demo@2025";

    private final Accounts accounts;
    private final Departments departments;
    private final JdbcClient jdbc;
    private final ApplyingForService applying;
    private final AcceptingWithDeficiency deficiency;
    private final EnteringAtWindow window;
    private final HandlerCover cover;
    private final JobLocks jobLocks;
    private final boolean enabled;

    ServicesDemoData(Accounts accounts, Departments departments, JdbcClient jdbc, ApplyingForService applying,
                     AcceptingWithDeficiency deficiency, EnteringAtWindow window, HandlerCover cover, JobLocks jobLocks,
                     @Value("${yingshang.demo.enabled:false}") boolean enabled) {
        this.accounts = accounts;
        this.departments = departments;
        this.jdbc = jdbc;
        this.applying = applying;
        this.deficiency = deficiency;
        this.window = window;
        this.cover = cover;
        this.jobLocks = jobLocks;
        this.enabled = enabled;
    }

    @Override
    public void run(ApplicationArguments args) {
        jobLocks.runAlone(JobLocks.START_UP, this::seedOnce);
    }

    private void seedOnce() {
        if (!enabled || accounts.byUsername("enterprise2").isEmpty()) {
            return;
        }
        RegionCode urumqi = RegionCode.of("650100");
        Department police = departments.responsibleFor(urumqi, DepartmentFunction.PUBLIC_SECURITY).orElseThrow();
        Department justice = departments.responsibleFor(urumqi, DepartmentFunction.JUSTICE).orElseThrow();
        Department power = departments.responsibleFor(urumqi, DepartmentFunction.POWER_SUPPLY).orElseThrow();
        account("gaj.handler", "乌鲁木齐市公安局 阿依古丽（A岗）", Role.HANDLER, police);
        account("gaj.handler2", "乌鲁木齐市公安局 王磊（B岗）", Role.HANDLER, police);
        account("gaj.leader", "乌鲁木齐市公安局 治安支队 李支队长", Role.LEADER, police);
        account("sfj.handler", "乌鲁木齐市司法局 公证绿色通道 周经办", Role.HANDLER, justice);
        account("power.handler", "国网乌鲁木齐供电公司 营业厅 赵经办", Role.HANDLER, power);
        if (jdbc.sql("SELECT count(*) FROM svc_handler_cover WHERE department_id = :d").param("d", police.id().value())
                .query(Long.class).single() > 0) {
            return;
        }
        SignedInUser leader = staff("gaj.leader", Role.LEADER, police);
        cover.setBackup("gaj.handler", "gaj.handler2", leader);
        cover.setBackup("gaj.handler2", "gaj.handler", leader);

        Accounts.AccountView company = accounts.byUsername("enterprise2").orElseThrow();
        SignedInUser enterprise = new SignedInUser(company.id(), company.username(), company.displayName(), Role.ENTERPRISE, null,
                company.creditCode(), Set.of("services:apply"), List.of());
        long seal = guide("SVC-GA-001");
        applying.apply(seal, "demo-seal-waiting", false,
                java.util.Map.of("印章印模", scan("印章印模"), "经办人授权委托书", scan("经办人授权委托书")), enterprise);
        long withDeficiency = applying.apply(seal, "demo-seal-deficiency", false, java.util.Map.of("印章印模", scan("印章印模")), enterprise);
        SignedInUser handler = staff("gaj.handler", Role.HANDLER, police);
        deficiency.accept(withDeficiency, List.of("经办人授权委托书"), handler);
        window.enter(guide("SVC-GA-030"), company.creditCode(), "马建国", List.of("上门查验书面申请"), "demo-window-1", handler);
        log.info("Loaded services demo data: 5 accounts, AB岗 of 乌鲁木齐市公安局, 3 cases");
    }

    /** A one-page scan as the enterprise would upload it: a minimal PDF named after the material. */
    private static MaterialFiles.Upload scan(String material) {
        String pdf = "%PDF-1.4\n1 0 obj<</Type/Catalog/Pages 2 0 R>>endobj\n2 0 obj<</Type/Pages/Kids[]/Count 0>>endobj\n"
                + "trailer<</Root 1 0 R>>\n%%EOF\n";
        return new MaterialFiles.Upload(material + ".pdf", pdf.getBytes(java.nio.charset.StandardCharsets.US_ASCII));
    }

    private long guide(String code) {
        return jdbc.sql("SELECT id FROM svc_implementation WHERE item_code = :c AND level = 'CITY'").param("c", code)
                .query(Long.class).single();
    }

    private void account(String username, String name, Role role, Department department) {
        if (accounts.byUsername(username).isEmpty()) {
            accounts.createDemoAccount(new Accounts.NewAccount(username, PASSWORD, name, role, department.id(), null, null));
        }
    }

    private SignedInUser staff(String username, Role role, Department department) {
        Accounts.AccountView a = accounts.byUsername(username).orElseThrow();
        return new SignedInUser(a.id(), a.username(), a.displayName(), role, department.id(), null,
                Set.of("services:handle"), List.of());
    }
}
