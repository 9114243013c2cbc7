package cn.yingshang.legal.internal;

import cn.yingshang.appeal.AppealTallies;
import cn.yingshang.platform.DepartmentId;
import cn.yingshang.platform.Departments;
import cn.yingshang.platform.JobLocks;
import cn.yingshang.reference.WorkingCalendars;
import cn.yingshang.shared.Regions;
import java.time.Clock;
import java.time.LocalDate;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The review of the quarter before last (002 #49), concluded, over the demo's enforcement complaints of that quarter:
 * one department rectified in time, one rectification overdue, so the office's legal page shows an alert from the first
 * start. Last quarter's review is left for the office to open.
 */
@Component
@Order(62)
class EnforcementReviewDemoData implements ApplicationRunner {

    private final EnforcementReviews reviews;
    private final AppealTallies appeals;
    private final Departments departments;
    private final LegalTimeLimits limits;
    private final WorkingCalendars calendars;
    private final JdbcClient jdbc;
    private final JobLocks jobLocks;
    private final Clock clock;
    private final boolean enabled;

    EnforcementReviewDemoData(EnforcementReviews reviews, AppealTallies appeals, Departments departments, LegalTimeLimits limits,
                              WorkingCalendars calendars, JdbcClient jdbc, JobLocks jobLocks, Clock clock,
                              @Value("${yingshang.demo.enabled:false}") boolean enabled) {
        this.reviews = reviews;
        this.appeals = appeals;
        this.departments = departments;
        this.limits = limits;
        this.calendars = calendars;
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
        if (!enabled || jdbc.sql("SELECT count(*) FROM legal_enforcement_review").query(Long.class).single() > 0) {
            return;
        }
        LocalDate inQuarter = LocalDate.now(clock).minusMonths(6);
        int year = inQuarter.getYear();
        int quarter = (inQuarter.getMonthValue() - 1) / 3 + 1;
        LocalDate from = EnforcementReview.firstDay(year, quarter);
        LocalDate to = EnforcementReview.lastDay(year, quarter);
        AppealTallies.CaseList complaints = appeals.cases(AppealTallies.Measure.ENFORCEMENT_COMPLAINTS, from, to, to, Regions.XINJIANG,
                null, 0, 100);
        var dispatched = complaints.items().stream().filter(c -> c.departmentId() != null).toList();
        if (dispatched.isEmpty()) {
            return;
        }
        LocalDate openedOn = to.plusDays(8);
        long id = reviews.open(year, quarter, openedOn).orElseThrow();
        reviews.cover(id, dispatched);
        LegalTimeLimit limit = limits.get(ReviewingEnforcement.RECTIFICATION);
        LocalDate foundOn = openedOn.plusDays(7);
        boolean first = true;
        for (EnforcementReviews.DepartmentCount d : reviews.departments(id)) {
            var region = departments.require(DepartmentId.of(d.departmentId())).region();
            LocalDate due = limit.due(foundOn, calendars.forRegion(region));
            if (first) {
                reviews.find(id, d.departmentId(), FindingKind.MECHANICAL_ENFORCEMENT,
                        "入企检查未扫码登记、未出示检查事项清单；对同一事实重复立案处罚，属机械执法、就案办案。", foundOn, due);
                first = false;
            } else {
                long f = reviews.find(id, d.departmentId(), FindingKind.INFRINGED_RIGHTS,
                        "稽核中要求企业提供与稽核事项无关的材料，增加企业负担。", foundOn, due).orElseThrow();
                reviews.rectify(f, foundOn.plusDays(12), "已约谈稽核人员，修订稽核材料清单并在政务网站公开，向企业当面说明。");
            }
        }
        reviews.conclude(id, foundOn.plusDays(2), "本季度涉企执法投诉已逐件评查，发现问题已书面通知相关部门限期整改。");
    }
}
