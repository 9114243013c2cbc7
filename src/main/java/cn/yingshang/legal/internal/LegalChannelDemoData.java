package cn.yingshang.legal.internal;

import cn.yingshang.platform.DepartmentFunction;
import cn.yingshang.platform.Departments;
import cn.yingshang.platform.JobLocks;
import cn.yingshang.shared.RegionCode;
import java.time.Clock;
import java.time.LocalDate;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** Two typical cases of the Urumqi court and procuratorate (002 #45), so the public typical-case page has something to show. */
@Component
@Order(61)
class LegalChannelDemoData implements ApplicationRunner {

    private final TypicalCases cases;
    private final Departments departments;
    private final JdbcClient jdbc;
    private final JobLocks jobLocks;
    private final Clock clock;
    private final boolean enabled;

    LegalChannelDemoData(TypicalCases cases, Departments departments, JdbcClient jdbc, JobLocks jobLocks, Clock clock,
                         @Value("${yingshang.demo.enabled:false}") boolean enabled) {
        this.cases = cases;
        this.departments = departments;
        this.jdbc = jdbc;
        this.jobLocks = jobLocks;
        this.clock = clock;
        this.enabled = enabled;
    }

    @Override
    public void run(ApplicationArguments args) {
        jobLocks.runAlone(JobLocks.START_UP, this::seedOnce);
    }

    private void seedOnce() {
        if (!enabled || jdbc.sql("SELECT count(*) FROM legal_typical_case").query(Long.class).single() > 0) {
            return;
        }
        RegionCode urumqi = RegionCode.of("650100");
        LocalDate today = LocalDate.now(clock);
        departments.responsibleFor(urumqi, DepartmentFunction.COURT).ifPresent(court -> cases.insert(court.id().value(),
                today.getYear(), "某建材公司诉某事业单位拖欠货款纠纷案", "（" + today.getYear() + "）新0102民初1号",
                "某事业单位采购建材后以未完成内部审批为由拖欠货款18万元。法院将该案纳入快立快审快执绿色通道，立案后25日审结并执行到位。",
                "机关、事业单位不得以内部审批等非法定事由拒绝或迟延支付中小企业账款，法院依法支持中小企业的付款请求。", today));
        departments.responsibleFor(urumqi, DepartmentFunction.PROCURATORATE).ifPresent(p -> cases.insert(p.id().value(),
                today.getYear(), "某科技公司涉案企业合规整改案", null,
                "检察机关对涉案企业启动合规考察，第三方监督评估组织监督其完成六项整改，考察合格后依法作出不起诉决定。",
                "依法少捕慎诉慎押，帮助涉案企业建立合规制度，既惩治犯罪又保护企业正常生产经营。", today));
    }
}
