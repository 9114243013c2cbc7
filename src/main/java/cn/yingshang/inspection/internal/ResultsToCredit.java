package cn.yingshang.inspection.internal;

import cn.yingshang.platform.Text;
import cn.yingshang.credit.CreditRecordKind;
import cn.yingshang.credit.CreditRecords;
import cn.yingshang.credit.NewCreditRecord;
import cn.yingshang.credit.Severity;
import cn.yingshang.inspection.InspectionResultPublished;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/**
 * Sends each published result to the credit module after commit (own transaction; the event
 * publication registry keeps the event until this succeeds, so no result is lost). Recording is
 * idempotent per task id on the credit side.
 */
@Component
class ResultsToCredit {

    private final CreditRecords creditRecords;
    private final JdbcClient jdbc;

    ResultsToCredit(CreditRecords creditRecords, JdbcClient jdbc) {
        this.creditRecords = creditRecords;
        this.jdbc = jdbc;
    }

    @ApplicationModuleListener
    void on(InspectionResultPublished event) {
        creditRecords.record(new NewCreditRecord(event.creditCode().value(), CreditRecordKind.INSPECTION_RESULT, event.departmentCode(),
                "inspection-task-" + event.taskId(), Text.of("inspection.result.creditBasis", event.taskCode()), event.inspectedOn(),
                severity(event), event.summary()));
        jdbc.sql("UPDATE inspection_task SET credit_sent = TRUE WHERE id = ?").param(event.taskId()).update();
    }

    /** Compliant or a first minor violation not punished (000 §55): no negative severity; referred: ordinary. */
    static Severity severity(InspectionResultPublished event) {
        return switch (event.outcome()) {
            case "COMPLIANT" -> null;
            case "REFERRED" -> Severity.ORDINARY;
            default -> event.notToBePunished() ? null : Severity.MINOR;
        };
    }
}
