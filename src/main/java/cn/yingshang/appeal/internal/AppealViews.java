package cn.yingshang.appeal.internal;

import cn.yingshang.platform.SignedInUser;
import java.time.LocalDate;
import java.util.List;
import org.springframework.stereotype.Component;

/**
 * An appeal as the API shows it to one viewer: the requester's identity masked as the detail page
 * masks it (000 §58), and the actions this viewer may take now, so a client offers the same
 * buttons as the page.
 */
@Component
class AppealViews {

    record AppealRequester(String name, String phone, String creditCode, boolean masked, boolean anonymous) {
    }

    record AppealView(long id, String trackingNumber, String type, String category, String status, String title,
                      String content, AppealRequester requester, Long leadDepartmentId, String leadDepartment, LocalDate dueOn,
                      String reply, String resolution, String satisfaction, List<String> availableActions,
                      List<AppealReading.TimelineEntry> timeline) {
    }

    private final AppealAccess access;
    private final AppealReading reading;

    AppealViews(AppealAccess access, AppealReading reading) {
        this.access = access;
        this.reading = reading;
    }

    AppealView of(AppealRow a, SignedInUser viewer) {
        Identity identity = access.identityFor(viewer, a);
        List<String> actions = AppealWorkflow.available(a.status(), access.actorsOf(viewer, a)).stream()
                .map(Enum::name).sorted().toList();
        return new AppealView(a.id(), a.trackingNumber(), a.type().name(), a.category(), a.status().name(), a.title(),
                a.content(), new AppealRequester(nz(identity.name()), nz(identity.phone()), nz(identity.creditCode()),
                identity.masked(), identity.anonymous()),
                a.leadDepartmentId(), reading.departmentName(a.leadDepartmentId()), a.dueOn(), a.reply(), a.resolution(),
                a.satisfaction(), actions, reading.timeline(a.id()));
    }

    private static String nz(String s) {
        return s == null ? "" : s;
    }
}
