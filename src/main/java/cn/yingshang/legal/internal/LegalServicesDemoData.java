package cn.yingshang.legal.internal;

import cn.yingshang.platform.Accounts;
import cn.yingshang.platform.JobLocks;
import cn.yingshang.platform.Role;
import cn.yingshang.platform.SignedInUser;
import java.math.BigDecimal;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Demo entries of the legal service directory (mediation, arbitration, foreign-related experts and lawyers), a
 * discretion benchmark of the Urumqi market regulation bureau and a mediation request of a demo enterprise. Seeded once.
 */
@Component
@Order(61)
class LegalServicesDemoData implements ApplicationRunner {

    private final Accounts accounts;
    private final Disputes disputes;
    private final KeepingBenchmarks benchmarks;
    private final ResolvingDisputes resolving;
    private final JdbcClient jdbc;
    private final JobLocks jobLocks;
    private final boolean enabled;

    LegalServicesDemoData(Accounts accounts, Disputes disputes, KeepingBenchmarks benchmarks, ResolvingDisputes resolving, JdbcClient jdbc,
                          JobLocks jobLocks, @Value("${yingshang.demo.enabled:false}") boolean enabled) {
        this.accounts = accounts;
        this.disputes = disputes;
        this.benchmarks = benchmarks;
        this.resolving = resolving;
        this.jdbc = jdbc;
        this.jobLocks = jobLocks;
        this.enabled = enabled;
    }

    @Override
    public void run(ApplicationArguments args) {
        jobLocks.runAlone(JobLocks.START_UP, this::seedOnce);
    }

    private void seedOnce() {
        if (!enabled || jdbc.sql("SELECT count(*) FROM legal_service_directory WHERE kind = 'MEDIATION'").query(Long.class).single() > 0) {
            return;
        }
        disputes.list("MEDIATION", "乌鲁木齐市商事调解委员会", "650100", "0991-12348", "乌鲁木齐市公共法律服务中心", "合同、买卖、租赁等商事纠纷", "国家通用语言、维吾尔语");
        disputes.list("MEDIATION", "乌鲁木齐市劳动人事争议调解中心", "650100", "0991-12333", null, "劳动合同、工资、社会保险争议", "国家通用语言、维吾尔语");
        disputes.list("ARBITRATION", "乌鲁木齐仲裁委员会", "650100", "0991-0000001", null, "合同纠纷和其他财产权益纠纷", "国家通用语言");
        disputes.list("FOREIGN_EXPERT", "丝绸之路沿线国家外国法查明专家 阿依古丽", "650000", "0991-0000002", null, "哈萨克斯坦、吉尔吉斯斯坦商事法律", "国家通用语言、俄语、哈萨克语");
        disputes.list("FOREIGN_LAWYER", "新疆某涉外律师事务所 张律师", "650100", "0991-0000003", null, "跨境贸易、中欧班列物流纠纷", "国家通用语言、英语、俄语");

        accounts.byUsername("scj.leader").ifPresent(a -> benchmarks.publish(new KeepingBenchmarks.NewBenchmark("SCJ-NB-001",
                "未按规定公示年度报告", "《企业信息公示暂行条例》第十八条", "首次违法且在责令期限内改正",
                "逾期不满3个月且主动改正", new BigDecimal("1000"), new BigDecimal("3000"),
                "逾期3个月以上不满1年", new BigDecimal("3000"), new BigDecimal("7000"),
                "逾期1年以上或拒不改正", new BigDecimal("7000"), new BigDecimal("10000")),
                new SignedInUser(a.id(), a.username(), a.displayName(), Role.LEADER, a.departmentId(), null, Set.of("legal:respond"), List.of())));
        accounts.byUsername("enterprise2").ifPresent(a -> resolving.submit(new ResolvingDisputes.Request(UUID.randomUUID().toString(),
                "MEDIATION", "COMMERCIAL", "新疆某物流有限公司", "对方迟延支付运费18万元，请求调解分期支付", new BigDecimal("180000")),
                new SignedInUser(a.id(), a.username(), a.displayName(), Role.ENTERPRISE, null, a.creditCode(), Set.of("legal:file"), List.of())));
    }
}
