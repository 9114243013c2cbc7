package cn.yingshang.appeal.internal;

import cn.yingshang.platform.JobLocks;
import cn.yingshang.platform.Accounts;
import cn.yingshang.platform.DepartmentFunction;
import cn.yingshang.platform.Departments;
import cn.yingshang.platform.SignedInUser;
import cn.yingshang.registry.MarketEntities;
import cn.yingshang.shared.CreditCode;
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
 * A modest set of realistic appeals in various states, so the office and department pages are not
 * empty on first start. Only when the appeal tables are empty and {@code yingshang.demo.enabled}.
 */
@Component
@Order(40)
class AppealDemoData implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(AppealDemoData.class);

    private final SubmittingAppeal appeals;
    private final DispatchingAppeal dispatching;
    private final ReplyingToAppeal replying;
    private final RatingAppeal rating;
    private final PublishingCase publishing;
    private final Accounts accounts;
    private final Departments departments;
    private final MarketEntities entities;
    private final JdbcClient jdbc;
    private final boolean enabled;

    private final JobLocks jobLocks;

    AppealDemoData(SubmittingAppeal appeals, Accounts accounts, Departments departments, MarketEntities entities, JdbcClient jdbc,
                   @Value("${yingshang.demo.enabled:false}") boolean enabled, JobLocks jobLocks,
                   DispatchingAppeal dispatching, ReplyingToAppeal replying,
                   RatingAppeal rating, PublishingCase publishing) {
        this.publishing = publishing;
        this.rating = rating;
        this.replying = replying;
        this.dispatching = dispatching;
        this.jobLocks = jobLocks;
        this.appeals = appeals;
        this.accounts = accounts;
        this.departments = departments;
        this.entities = entities;
        this.jdbc = jdbc;
        this.enabled = enabled;
    }

    private Optional<SignedInUser> user(String username) {
        return accounts.byUsername(username).map(a -> new SignedInUser(a.id(), a.username(), "", a.displayName(), a.role(),
                a.departmentId(), a.creditCode(), Set.of(), List.of()));
    }

    /** One node at a time (several nodes may start together on an empty database): see {@link JobLocks#START_UP}. */
    @Override
    public void run(ApplicationArguments args) {
        jobLocks.runAlone(JobLocks.START_UP, this::seedOnce);
    }

    private void seedOnce() {
        try {
            load();
        } catch (RuntimeException e) {
            log.warn("Demo appeals not loaded: {}", e.getMessage());
        }
    }

    private void load() {
        if (!enabled || jdbc.sql("SELECT count(*) FROM appeal").query(Long.class).single() > 0) {
            return;
        }
        Optional<SignedInUser> office = user("office");
        Optional<SignedInUser> scj = user("scj.handler");
        Optional<SignedInUser> rsj = user("rsj.handler");
        Optional<SignedInUser> ent = user("enterprise1");
        if (office.isEmpty() || scj.isEmpty() || rsj.isEmpty() || ent.isEmpty()) {
            return;
        }
        SignedInUser e = ent.get();
        String entityName = entities.find(CreditCode.of(e.creditCode())).map(x -> x.name()).orElse("示例企业");
        String region = entities.find(CreditCode.of(e.creditCode())).map(x -> x.region().code()).orElse("650102");
        long scjDept = scj.get().departmentId().value();
        long rsjDept = rsj.get().departmentId().value();

        long a1 = portal(e, entityName, region, "HELP", "CERTIFICATES", "食品经营许可证延续办理进度咨询",
                "我店食品经营许可证下月到期，已在网上提交延续申请一周，状态一直是“待受理”，请帮忙催办。");
        long a2 = portal(e, entityName, region, "COMPLAINT", "INSPECTION", "同一事项一个月内被三个部门重复检查",
                "本月市场监管、消防、卫健先后来店检查同一批台账，每次要求重新准备材料，影响正常经营。");
        long a3 = staff("PHONE", "REPORT", "FAIR_COMPETITION", "招标文件要求本地注册分支机构", "王先生", "13899001234",
                "某区学校食堂配送项目招标文件要求投标人在本区注册分支机构，排斥外地企业。", "650104");
        long a4 = staff("HARD_CASE_WINDOW", "HELP", "EMPLOYMENT", "办理社保补缴在窗口被告知办不了",
                "李女士", "13999112233", "公司为退役军人员工补缴社保，窗口称系统不支持，来回跑了三次。", "650102");
        long a5 = staff("MEETING", "SUGGESTION", "GOV_SERVICES", "建议开通企业开办全程网办", "乌鲁木齐市个体劳动者协会",
                "0991-5551234", "政企座谈会上多家企业建议把刻章、银行开户并入企业开办一网通办。", "650100");
        long a6 = portal(e, entityName, region, "PRAISE", "GOV_SERVICES", "表扬政务大厅税务窗口",
                "税务窗口工作人员主动延时为我们办理发票增量，服务热情。");
        staff("PHONE", "CONSULTATION", "FINANCING", "小微企业创业担保贷款条件", "赵先生", "13600998877",
                "想了解创业担保贷款的申请条件和贴息比例。", "650105");

        SignedInUser o = office.get();
        dispatching.dispatch(a1, o, scjDept, List.of(), "请5个工作日内答复");
        replying.recordStep(a1, scj.get(), "已联系政务服务中心窗口核实，申请材料齐全，正在审核。");
        dispatching.dispatch(a2, o, scjDept, List.of(rsjDept), "请牵头核实，推行“综合查一次”");
        dispatching.dispatch(a3, o, scjDept, List.of(), "涉及公平竞争审查，请核查招标文件");
        dispatching.accept(a4, o);
        dispatching.dispatch(a4, o, rsjDept, List.of(), null);
        replying.reply(a4, rsj.get(), "已协调社保中心开通补缴通道，企业可于下周一起在窗口办理。");
        dispatching.dispatch(a6, o, scjDept, List.of(), null);
        replying.reply(a6, scj.get(), "感谢您的表扬，已转告窗口并通报表扬。");
        rating.rate(a6, e, "RESOLVED", "SATISFIED");
        publishing.publish(a6, o, "某企业急需增领发票，税务窗口主动延时服务，当日办结。");
        overdueInHami(o);
        enforcementComplaints(o, scj.get(), rsj.get(), scjDept, rsjDept);
        log.info("Loaded demo appeals ({} .. {})", a1, a5);
    }

    /**
     * One appeal dispatched to Hami's market regulation bureau a month ago and still unanswered, so
     * the cockpit's overdue figure has a case behind it from the first start. Its dates are moved
     * back after intake because intake always stamps today.
     */
    private void overdueInHami(SignedInUser office) {
        departments.responsibleFor(RegionCode.of("650500"), DepartmentFunction.MARKET_REGULATION).ifPresent(hami -> {
            long id = staff("PHONE", "COMPLAINT", "CERTIFICATES", "办理食品经营许可被要求提供房产证明原件",
                    "马女士", "13709021234", "伊州区一家餐饮店办理食品经营许可时被要求提供房产证明原件，租赁合同不被认可，已等候一个月。",
                    "650502");
            dispatching.dispatch(id, office, hami.id().value(), List.of(), "请核实许可材料要求是否超出清单");
            jdbc.sql("""
                            UPDATE appeal SET submitted_at = submitted_at - INTERVAL '30 days', submitted_on = submitted_on - 30,
                              dispatched_on = dispatched_on - 29, clock_start = clock_start - 29,
                              warn_on = CURRENT_DATE - 11, due_on = CURRENT_DATE - 8 WHERE id = :id""").param("id", id).update();
        });
    }

    /**
     * Complaints about law enforcement in the two quarters before this one, answered, so the quarterly enforcement review
     * (002 #49) has a concluded quarter and one still to open. Moved back after intake, which always stamps today.
     */
    private void enforcementComplaints(SignedInUser office, SignedInUser scj, SignedInUser rsj, long scjDept, long rsjDept) {
        long b1 = staff("PHONE", "COMPLAINT", "INSPECTION", "执法人员未出示检查事项清单即入企检查",
                "周先生", "13809981234", "市场监管执法人员到店检查时未扫码登记，也未出示检查事项清单，检查持续半天。", "650102");
        long b2 = staff("PHONE", "COMPLAINT", "INSPECTION", "同一问题被处罚两次",
                "韩女士", "13909975678", "同一批标签问题已被责令改正并处罚，一周后又以同一事实再次立案。", "650103");
        long b3 = staff("PHONE", "COMPLAINT", "INSPECTION", "社保稽核要求提供与稽核无关的材料",
                "吴先生", "13609971111", "社保稽核时要求提供近五年全部财务凭证原件，与稽核事项无关。", "650104");
        long c1 = staff("PHONE", "COMPLAINT", "INSPECTION", "检查结果未在规定时间内公示",
                "郑女士", "13509972222", "两个月前接受检查，至今未见检查结果公示，无法申请信用修复。", "650102");
        for (long id : List.of(b1, b2, c1)) {
            dispatching.dispatch(id, office, scjDept, List.of(), null);
            replying.reply(id, scj, "已核实情况，已向企业说明并督促执法人员按规范检查。");
        }
        dispatching.dispatch(b3, office, rsjDept, List.of(), null);
        replying.reply(b3, rsj, "已纠正稽核人员做法，只要求提供与稽核事项有关的材料。");
        for (long id : List.of(b1, b2, b3)) {
            backdate(id, "date_trunc('quarter', CURRENT_DATE) - INTERVAL '6 months' + INTERVAL '20 days'");
        }
        backdate(c1, "date_trunc('quarter', CURRENT_DATE) - INTERVAL '3 months' + INTERVAL '25 days'");
    }

    private void backdate(long id, String submittedOn) {
        jdbc.sql("WITH shift AS (SELECT CURRENT_DATE - CAST(" + submittedOn + " AS date) AS d)"
                        + " UPDATE appeal SET submitted_at = submitted_at - make_interval(days => shift.d),"
                        + " submitted_on = submitted_on - shift.d, dispatched_on = dispatched_on - shift.d,"
                        + " clock_start = clock_start - shift.d, warn_on = warn_on - shift.d, due_on = due_on - shift.d,"
                        + " responded_on = responded_on - shift.d, replied_on = replied_on - shift.d FROM shift WHERE appeal.id = :id")
                .param("id", id).update();
    }

    private long portal(SignedInUser e, String name, String region, String type, String category, String title, String content) {
        return appeals.submit(new SubmittingAppeal.Submission(type, category, title, content, name, "13912345678", e.creditCode(),
                false, region, Channel.PORTAL, null, e.accountId(), List.of()), "诉求人").id();
    }

    private long staff(String channel, String type, String category, String title, String name, String phone, String content,
                       String region) {
        return appeals.submit(new SubmittingAppeal.Submission(type, category, title, content, name, phone, null, false, region,
                Channel.valueOf(channel), null, null, List.of()), "营商办（代录）").id();
    }
}
