package cn.yingshang.inspection.internal;

import cn.yingshang.platform.JobLocks;
import cn.yingshang.platform.Department;
import cn.yingshang.platform.DepartmentFunction;
import cn.yingshang.platform.Departments;
import cn.yingshang.registry.EntityKind;
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
 * On first start (our tables empty, demo enabled): a published catalogue for 乌鲁木齐市市场监管局 and
 * 人社局, certificates for inspector1 and inspector2, and one joint plan ready to be drawn.
 */
@Component
@Order(40)
class InspectionDemoData implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(InspectionDemoData.class);

    private final JdbcClient jdbc;
    private final Catalogue catalogue;
    private final InspectorPool inspectors;
    private final Plans plans;
    private final Departments departments;
    private final boolean enabled;

    private final JobLocks jobLocks;

    InspectionDemoData(JdbcClient jdbc, Catalogue catalogue, InspectorPool inspectors, Plans plans, Departments departments,
                       @Value("${yingshang.demo.enabled:false}") boolean enabled, JobLocks jobLocks) {
        this.jobLocks = jobLocks;
        this.jdbc = jdbc;
        this.catalogue = catalogue;
        this.inspectors = inspectors;
        this.plans = plans;
        this.departments = departments;
        this.enabled = enabled;
    }

    /** One node at a time (several nodes may start together on an empty database): see {@link JobLocks#START_UP}. */
    @Override
    public void run(ApplicationArguments args) {
        jobLocks.runAlone(JobLocks.START_UP, this::seedOnce);
    }

    private void seedOnce() {
        if (!enabled || jdbc.sql("SELECT count(*) FROM inspection_item").query(Long.class).single() > 0) {
            return;
        }
        RegionCode urumqi = RegionCode.of("650100");
        Department market = departments.responsibleFor(urumqi, DepartmentFunction.MARKET_REGULATION).orElseThrow();
        Department hr = departments.responsibleFor(urumqi, DepartmentFunction.HUMAN_RESOURCES).orElseThrow();
        long licence = item(market, "营业执照（登记事项）和年度报告公示信息检查", "《市场主体登记管理条例》第三十五条、《企业信息公示暂行条例》第十四条",
                "书面检查、现场检查", "6501", "", Set.of(), false);
        long quality = item(market, "生产企业产品质量检查", "《中华人民共和国产品质量法》第十五条", "现场检查、抽样检验", "6501", "C",
                Set.of(EntityKind.ENTERPRISE), false);
        item(market, "食品经营者经营条件检查（重点监管）", "《中华人民共和国食品安全法》第一百一十条", "现场检查", "6501", "H62",
                Set.of(), true);
        long labour = item(hr, "劳动合同签订和工资支付情况检查", "《劳动保障监察条例》第十一条、《保障农民工工资支付条例》第五十二条",
                "现场检查、书面检查", "6501", "C", Set.of(EntityKind.ENTERPRISE), false);
        item(hr, "社会保险参保缴费情况检查", "《中华人民共和国社会保险法》第七十七条", "书面检查", "6501", "", Set.of(), false);
        for (String[] inspector : List.of(new String[]{"inspector1", "65010020250001"}, new String[]{"inspector2", "65010020250002"})) {
            try {
                inspectors.register(inspector[0], inspector[1], null);
            } catch (RuntimeException e) {
                log.warn("Demo inspector {} not registered: {}", inspector[0], e.getMessage());
            }
        }
        plans.create(new Plans.NewPlan("乌鲁木齐市制造业企业部门联合“双随机、一公开”抽查（综合查一次）", null,
                List.of(quality, labour, licence), null, null), null, market.id().value());
        log.info("Loaded the demo inspection catalogue, inspector certificates and one joint plan");
    }

    private long item(Department department, String name, String basis, String method, String region, String industry,
                      Set<EntityKind> kinds, boolean key) {
        long id = catalogue.register(new Catalogue.NewItem(department.id().value(), name, basis, method,
                new ItemScope(region, industry, kinds), key), null);
        catalogue.publish(id, null);
        return id;
    }
}
