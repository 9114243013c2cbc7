package cn.yingshang.credit.internal;

import cn.yingshang.platform.Role;
import cn.yingshang.platform.SignedInUser;
import cn.yingshang.shared.DomainViolation;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.time.LocalDate;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * 002 #37: the court (or the office's data exchange on its behalf) reports that a judgment defaulter
 * performed; the entry is deleted and the record repaired on the day it is reported.
 */
@Tag(name = "credit")
@RestController
@RequestMapping("/api/v1/credit/court-performances")
class CourtPerformanceApi {

    private final CreditRepairs repairs;
    private final DepartmentNames names;

    CourtPerformanceApi(CreditRepairs repairs, DepartmentNames names) {
        this.repairs = repairs;
        this.names = names;
    }

    record Performance(String courtCode, String sourceRecordId, LocalDate performedOn) {
    }

    record Outcome(long recordId, LocalDate repairedOn, boolean changed) {
    }

    @Operation(summary = "credit.courtPerformanceApi.api.operation.summary")
    @PostMapping
    @PreAuthorize("hasAuthority('credit:record')")
    @cn.yingshang.platform.ApiScope("credit:record")
    Outcome performed(@AuthenticationPrincipal SignedInUser user, @RequestBody Performance body) {
        String own = names.codeOf(user).orElse(null);
        boolean mayReportForOthers = user.role() == Role.ADMIN || user.role() == Role.OFFICE;
        if (body.courtCode() == null || (!mayReportForOthers && !body.courtCode().equals(own))) {
            throw DomainViolation.of("courtCode", "credit.courtPerformanceApi.courtCode");
        }
        var changed = repairs.recordCourtPerformance(body.courtCode(), body.sourceRecordId(), body.performedOn(), user.displayName());
        var record = changed.orElseGet(() -> repairs.courtRecord(body.courtCode(), body.sourceRecordId()));
        return new Outcome(record.id(), record.repairedOn(), changed.isPresent());
    }
}
