package cn.yingshang.cockpit.internal;
import cn.yingshang.platform.ApiScope;
import cn.yingshang.platform.AuditLog;
import cn.yingshang.platform.SignedInUser;
import cn.yingshang.platform.Text;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.time.Instant;
import java.time.LocalDate;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/**
 * The supervision side of the cockpit pages as API operations (issue 17): the office appoints and dismisses
 * supervisors, assigns and verifies ledger tasks and revisits rectification orders; a supervisor files observations
 * and window ratings; a department answers its own rectification items and reports the tasks it leads. Each calls the
 * same use case as its page, with the page's ownership check.
 */
@Tag(name = "cockpit")
@RestController
class SupervisionActionsApi {

    private static final String MANAGE = "hasAuthority('cockpit:manage')";

    private final Supervision supervision;
    private final Rectifications rectifications;
    private final TaskLedger ledger;
    private final AuditLog audit;

    SupervisionActionsApi(Supervision supervision, Rectifications rectifications, TaskLedger ledger, AuditLog audit) {
        this.supervision = supervision;
        this.rectifications = rectifications;
        this.ledger = ledger;
        this.audit = audit;
    }

    // ---- supervisors -------------------------------------------------------------------------

    record CockpitSupervisorAppointment(String username, String name, String affiliation, String region, String phone,
                                        LocalDate termStart, LocalDate termEnd) {
    }

    record CockpitSupervisorJson(long id, String name, String affiliation, String regionCode, LocalDate termStart,
                                 LocalDate termEnd, LocalDate dismissedOn) {
        static CockpitSupervisorJson of(Supervision.Supervisor s) {
            return new CockpitSupervisorJson(s.id(), s.name(), s.affiliation(), s.regionCode(), s.termStart(), s.termEnd(),
                    s.dismissedOn());
        }
    }

    @Operation(operationId = "appointCockpitSupervisor", summary = "cockpit.api.appoint")
    @PostMapping("/api/v1/cockpit/supervisors")
    @PreAuthorize(MANAGE)
    @ApiScope("cockpit:manage")
    ResponseEntity<CockpitSupervisorJson> appoint(@RequestBody CockpitSupervisorAppointment b) {
        Supervision.Supervisor s = supervision.appoint(new Supervision.Appointment(b.username(), b.name(), b.affiliation(),
                b.region(), b.phone(), b.termStart(), b.termEnd()));
        return ResponseEntity.status(HttpStatus.CREATED).body(CockpitSupervisorJson.of(s));
    }

    @Operation(operationId = "dismissCockpitSupervisor", summary = "cockpit.api.dismiss")
    @PostMapping("/api/v1/cockpit/supervisors/{id}/dismissal")
    @PreAuthorize(MANAGE)
    @ApiScope("cockpit:manage")
    ResponseEntity<Void> dismiss(@PathVariable long id) {
        supervision.dismiss(id);
        return ResponseEntity.noContent().build();
    }

    record CockpitObservationRequest(ObservationKind kind, Long departmentId, String region, String subject, String detail,
                                     String phone) {
    }

    record CockpitObservationJson(long id, ObservationKind kind, String subject, String departmentName, Instant filedAt,
                                  String outcomeKind, String outcomeRef, String outcomeStatus) {
    }

    @Operation(operationId = "fileCockpitObservation", summary = "cockpit.api.observation")
    @PostMapping("/api/v1/cockpit/observations")
    @PreAuthorize("hasAuthority('cockpit:observe')")
    @ApiScope("cockpit:observe")
    ResponseEntity<CockpitObservationJson> file(@RequestBody CockpitObservationRequest b, @AuthenticationPrincipal SignedInUser user) {
        Supervision.Observation o = supervision.file(user, new Supervision.ObservationForm(b.kind() == null ? "" : b.kind().name(),
                b.departmentId(), b.region(), b.subject(), b.detail(), b.phone()));
        return ResponseEntity.status(HttpStatus.CREATED).body(new CockpitObservationJson(o.id(), o.kind(), o.subject(),
                o.departmentName(), o.filedAt(), o.outcomeKind(), o.outcomeRef(), o.outcomeStatus()));
    }

    record CockpitRatingRequest(Long departmentId, String region, String place, String windowName, Integer level,
                                String comment) {
    }

    record CockpitRatingJson(long id, String place, String windowName, String departmentName, int level, String comment,
                             LocalDate ratedOn, Long rectificationId) {
    }

    @Operation(operationId = "rateCockpitWindow", summary = "cockpit.api.rating")
    @PostMapping("/api/v1/cockpit/ratings")
    @PreAuthorize("hasAuthority('cockpit:observe')")
    @ApiScope("cockpit:observe")
    ResponseEntity<CockpitRatingJson> rate(@RequestBody CockpitRatingRequest b, @AuthenticationPrincipal SignedInUser user) {
        Supervision.Rating r = supervision.rate(user, new Supervision.RatingForm(b.departmentId(), b.region(), b.place(),
                b.windowName(), b.level(), b.comment()));
        return ResponseEntity.status(HttpStatus.CREATED).body(new CockpitRatingJson(r.id(), r.place(), r.windowName(),
                r.departmentName(), r.level().level(), r.comment(), r.ratedOn(), r.rectificationId()));
    }

    // ---- rectification orders ----------------------------------------------------------------

    record CockpitRectificationJson(long id, String origin, long departmentId, String regionCode, String issue,
                                    LocalDate openedOn, LocalDate deadline, String status, String response,
                                    LocalDate respondedOn, LocalDate revisitOn, String revisitNote, LocalDate closedOn) {
        static CockpitRectificationJson of(Rectification r) {
            return new CockpitRectificationJson(r.id(), r.origin().name(), r.departmentId(), r.regionCode(), r.issue(),
                    r.openedOn(), r.deadline(), r.status().name(), r.response(), r.respondedOn(), r.revisitOn(),
                    r.revisitNote(), r.closedOn());
        }
    }

    record CockpitRevisit(Boolean satisfied, String note) {
    }

    @Operation(operationId = "revisitCockpitRectification", summary = "cockpit.api.revisit")
    @PostMapping("/api/v1/cockpit/rectifications/{id}/revisit")
    @PreAuthorize("hasAuthority('cockpit:read') and (hasAuthority('cockpit:manage') or hasAuthority('cockpit:observe'))")
    @ApiScope("cockpit:manage")
    CockpitRectificationJson revisit(@PathVariable long id, @RequestBody CockpitRevisit b) {
        return CockpitRectificationJson.of(rectifications.revisit(id, Boolean.TRUE.equals(b.satisfied()), b.note() == null ? "" : b.note()));
    }

    record CockpitRectificationResponse(String response) {
    }

    @Operation(operationId = "answerCockpitRectification", summary = "cockpit.api.respond")
    @PostMapping("/api/v1/cockpit/rectifications/{id}/response")
    @PreAuthorize("hasAuthority('cockpit:rectify')")
    @ApiScope("cockpit:rectify")
    CockpitRectificationJson respond(@PathVariable long id, @RequestBody CockpitRectificationResponse b,
                                     @AuthenticationPrincipal SignedInUser user) {
        Rectification r = rectifications.require(id);
        if (user.departmentId() == null || user.departmentId().value() != r.departmentId()) {
            throw new AccessDeniedException(Text.of("cockpit.api.not-own-rectification"));
        }
        rectifications.respond(id, b.response() == null ? "" : b.response());
        return CockpitRectificationJson.of(rectifications.require(id));
    }

    // ---- task ledger -------------------------------------------------------------------------

    record CockpitTaskJson(long id, String title, Long leadDepartmentId, String responsibleUnits, LocalDate deadline,
                           String status, LocalDate verifiedOn, String verificationNote, Integer percent) {
        static CockpitTaskJson of(TaskLedger.Task t) {
            return new CockpitTaskJson(t.id(), t.title(), t.leadDepartmentId(), t.responsibleUnits(), t.deadline(),
                    t.status().name(), t.verifiedOn(), t.verificationNote(), t.percent());
        }
    }

    record CockpitTaskAssignment(Long leadDepartmentId, String responsibleUnits, LocalDate deadline) {
    }

    @Operation(operationId = "assignCockpitTask", summary = "cockpit.api.task-assign")
    @PostMapping("/api/v1/cockpit/tasks/{id}/assignment")
    @PreAuthorize(MANAGE)
    @ApiScope("cockpit:manage")
    CockpitTaskJson assign(@PathVariable long id, @RequestBody CockpitTaskAssignment b) {
        return CockpitTaskJson.of(ledger.assign(id, new TaskLedger.Assignment(b.leadDepartmentId(), b.responsibleUnits(), b.deadline())));
    }

    record CockpitTaskVerification(Boolean confirmed, String note) {
    }

    @Operation(operationId = "verifyCockpitTask", summary = "cockpit.api.task-verify")
    @PostMapping("/api/v1/cockpit/tasks/{id}/verification")
    @PreAuthorize(MANAGE)
    @ApiScope("cockpit:manage")
    CockpitTaskJson verify(@PathVariable long id, @RequestBody CockpitTaskVerification b) {
        return CockpitTaskJson.of(ledger.verify(id, Boolean.TRUE.equals(b.confirmed()), b.note() == null ? "" : b.note()));
    }

    record CockpitTaskReport(Integer percent, String note, String evidence) {
    }

    @Operation(operationId = "reportCockpitTaskProgress", summary = "cockpit.api.task-report")
    @PostMapping("/api/v1/cockpit/tasks/{id}/progress")
    @PreAuthorize("hasAuthority('cockpit:manage') or hasAuthority('cockpit:task-report')")
    @ApiScope("cockpit:task-report")
    CockpitTaskJson report(@PathVariable long id, @RequestBody CockpitTaskReport b, @AuthenticationPrincipal SignedInUser user) {
        // the lead-department check sits in TaskLedger.report, as for the page
        return CockpitTaskJson.of(ledger.report(id, user, new TaskLedger.Report(b.percent(), b.note(), b.evidence())));
    }
}
