package cn.yingshang.appeal.internal;

import static cn.yingshang.appeal.internal.AppealText.text;

import cn.yingshang.platform.Department;
import cn.yingshang.platform.DepartmentId;
import cn.yingshang.platform.Departments;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.stereotype.Component;

/**
 * What the detail pages and the API show of one appeal besides its row: the timeline (in full for
 * staff, filtered for the requester), the assisting departments' opinions, the attachments, the
 * suggested lead department and the merge candidates.
 */
@Component
class AppealReading {

    static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm").withZone(ZoneId.of("Asia/Shanghai"));

    record TimelineEntry(String at, String action, String actor, String department, String note) {
    }

    record AssistOpinion(long departmentId, String department, String opinion) {
    }

    record AttachmentInfo(long id, String filename, int size) {
    }

    private final AppealStore store;
    private final Departments departments;
    private final Categories categories;

    AppealReading(AppealStore store, Departments departments, Categories categories) {
        this.store = store;
        this.departments = departments;
        this.categories = categories;
    }

    List<TimelineEntry> timeline(long id) {
        return timelineRows(id).stream()
                .map(e -> new TimelineEntry(e.at(), actionLabel(e.action()), e.actor(), e.department(), e.note())).toList();
    }

    /**
     * The timeline as the requester may read it (enterprise portal, like public tracking): internal steps
     * left out, and notes kept only where they are addressed to the requester: a dispatch note, a reminder
     * or an instruction between offices is the government's own.
     */
    List<TimelineEntry> requesterTimeline(long id) {
        return timelineRows(id).stream().filter(e -> PublicTracking.PUBLIC_ACTIONS.contains(e.action()))
                .map(e -> new TimelineEntry(e.at(), actionLabel(e.action()), e.actor(), e.department(),
                        PublicTracking.PUBLIC_NOTES.contains(e.action()) ? e.note() : null)).toList();
    }

    /** The timeline with action codes rather than labels. */
    List<TimelineEntry> timelineRows(long id) {
        return store.events(id).stream().map(e -> new TimelineEntry(TIME.format(e.at()), e.action(), e.actor(),
                e.departmentId() == null ? null : departmentName(e.departmentId()), e.note())).toList();
    }

    List<AssistOpinion> opinions(long id) {
        return store.opinions(id).stream()
                .map(o -> new AssistOpinion(o.departmentId(), departmentName(o.departmentId()), o.opinion())).toList();
    }

    List<AttachmentInfo> attachments(long id) {
        return store.attachments(id);
    }

    Map<String, Object> attachment(long appealId, long attachmentId) {
        return store.attachment(appealId, attachmentId);
    }

    String departmentName(Long id) {
        return id == null ? null : departments.byId(DepartmentId.of(id)).map(Department::name)
                .orElse(text("appeal.department.unknown", String.valueOf(id)));
    }

    static String actionLabel(String action) {
        if ("SUBMIT".equals(action)) {
            return text("appeal.action.SUBMIT");
        }
        if ("WARNING".equals(action)) {
            return text("appeal.action.WARNING");
        }
        if ("OVERDUE".equals(action)) {
            return text("appeal.action.OVERDUE");
        }
        if ("GRANT_IDENTITY".equals(action)) {
            return text("appeal.action.GRANT_IDENTITY");
        }
        try {
            return AppealAction.valueOf(action).label();
        } catch (RuntimeException e) {
            return action;
        }
    }

    /** The lead department suggested from category and region (Departments.responsibleFor). */
    Optional<Department> suggestedDepartment(AppealRow a) {
        return categories.find(a.category()).flatMap(c -> departments.responsibleFor(a.region(), c.function()));
    }

    /** Earlier appeals from the same requester, or with the same title words, within 30 days: merge candidates. */
    List<AppealRow> similar(AppealRow a) {
        return store.similar(a);
    }

    int requestedExtensionDays(long id) {
        return store.requestedExtensionDays(id);
    }
}
