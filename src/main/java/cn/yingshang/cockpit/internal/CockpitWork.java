package cn.yingshang.cockpit.internal;

import cn.yingshang.platform.Portal;
import cn.yingshang.platform.SignedInUser;
import cn.yingshang.platform.ToDo;
import cn.yingshang.platform.WorkToDo;
import java.time.Clock;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * The cockpit on the landing pages: the cockpit opens on its key indicators, each with last
 * month's figure beside it, and the current alerts; the office's workbench shows the alerts and the
 * overdue ledger tasks; a department sees its ledger tasks and rectifications with deadlines.
 */
@Component
class CockpitWork implements WorkToDo {

    static final int KEY_INDICATORS = 6;
    private static final int LATEST = 5;

    private final FigureViews figures;
    private final Indicators indicators;
    private final TaskLedger tasks;
    private final Rectifications rectifications;
    private final MessageSource messages;
    private final Clock clock;

    CockpitWork(FigureViews figures, Indicators indicators, TaskLedger tasks, Rectifications rectifications,
                MessageSource messages, Clock clock) {
        this.figures = figures;
        this.indicators = indicators;
        this.tasks = tasks;
        this.rectifications = rectifications;
        this.messages = messages;
        this.clock = clock;
    }

    @Override
    public List<ToDo> waitingFor(SignedInUser user, Portal portal) {
        List<ToDo> out = new ArrayList<>();
        LocalDate today = LocalDate.now(clock);
        if (portal == Portal.COCKPIT && user.can("cockpit:read")) {
            out.add(alerts(10));
            out.addAll(keyIndicators());
        } else if (portal == Portal.WORKBENCH && user.can("cockpit:read")) {
            out.add(alerts(500));
            List<TaskLedger.Task> late = tasks.overdue();
            out.add(ToDo.count(510, text("cockpit.todo.overdueTasks"), late.size(), null, late.size(), "/cockpit/tasks"));
        }
        if (portal == Portal.WORKBENCH && user.departmentId() != null) {
            long department = user.departmentId().value();
            if (user.can("cockpit:task-report")) {
                List<TaskLedger.Task> open = tasks.ofDepartment(department).stream()
                        .filter(t -> t.status() == TaskLedger.Status.OPEN).toList();
                out.add(ToDo.count(520, text("cockpit.todo.tasks"), open.size(), nearest(open.stream()
                                .map(TaskLedger.Task::deadline), today),
                        open.stream().filter(t -> t.isOverdue(today)).count(), "/workbench/tasks"));
            }
            if (user.can("cockpit:rectify")) {
                List<Rectification> open = rectifications.ofDepartment(department).stream()
                        .filter(r -> r.status() == Rectification.Status.OPEN).toList();
                out.add(ToDo.count(530, text("cockpit.todo.rectifications"), open.size(),
                        nearest(open.stream().map(Rectification::deadline), today),
                        open.stream().filter(r -> r.isOverdue(today)).count(), "/workbench/rectifications"));
            }
        }
        return out;
    }

    private ToDo alerts(int order) {
        YearMonth month = figures.currentMonth();
        List<FigureViews.Alert> all = figures.alerts(month);
        List<ToDo.Line> latest = all.stream().limit(LATEST)
                .map(a -> new ToDo.Line(text("cockpit.todo.alertLine", a.indicator().name(), a.row().regionName(),
                        a.row().departmentId() == null ? "" : a.row().departmentName(), a.row().display()),
                        a.row().casesUrl(), null)).toList();
        return new ToDo(order, text("cockpit.todo.alerts"), Integer.toString(all.size()), null, 0, "/cockpit/alerts",
                null, latest);
    }

    /** The region-wide figure of this month against last month's, better or worse by the indicator's direction. */
    private List<ToDo> keyIndicators() {
        YearMonth month = figures.currentMonth();
        List<ToDo> out = new ArrayList<>();
        int order = 20;
        for (Indicator indicator : indicators.enabled().stream().limit(KEY_INDICATORS).toList()) {
            FigureViews.Row now = figures.total(indicator, month);
            FigureViews.Row before = figures.total(indicator, month.minusMonths(1));
            String figure = now == null || now.status() == FigureStatus.INSUFFICIENT ? text("cockpit.todo.noFigure") : now.display();
            ToDo item = ToDo.fact(order++, indicator.name(), figure, "/cockpit/indicators/" + indicator.code())
                    .withNote(trend(indicator, now, before));
            out.add(item);
        }
        return out;
    }

    private String trend(Indicator indicator, FigureViews.Row now, FigureViews.Row before) {
        if (now == null || before == null || now.value() == null || before.value() == null) {
            return text("cockpit.todo.trend.none");
        }
        int change = now.value().compareTo(before.value());
        boolean better = indicator.direction() == Direction.LOWER_IS_BETTER ? change < 0 : change > 0;
        String word = change == 0 ? text("cockpit.todo.trend.same") : better ? text("cockpit.todo.trend.better")
                : text("cockpit.todo.trend.worse");
        return text("cockpit.todo.trend", before.display(), word);
    }

    private static LocalDate nearest(java.util.stream.Stream<LocalDate> deadlines, LocalDate today) {
        return deadlines.filter(Objects::nonNull).filter(d -> !d.isBefore(today)).min(Comparator.naturalOrder()).orElse(null);
    }

    private String text(String key, Object... args) {
        return messages.getMessage(key, args, Locale.SIMPLIFIED_CHINESE);
    }
}
