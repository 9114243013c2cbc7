package cn.yingshang.services.internal;

import cn.yingshang.platform.ListPage;
import java.time.LocalDate;
import java.util.List;
import org.springframework.context.ApplicationContext;

/**
 * For the services benchmark (ServicesQueryDriver): the module's own queue and figure code, called
 * through its beans so the driver times what the pages run. Bench sources only.
 */
public final class ServicesBenchAccess {

    private final CaseQueue queue;
    private final CaseFigures figures;
    private final CaseFigureCount count;
    private final CaseFigureMonths months;

    public ServicesBenchAccess(ApplicationContext app) {
        this.queue = app.getBean(CaseQueue.class);
        this.figures = app.getBean(CaseFigures.class);
        this.count = app.getBean(CaseFigureCount.class);
        this.months = app.getBean(CaseFigureMonths.class);
    }

    /** One page of the queue; returns the cursor of the next page (null on the last). */
    public String queue(List<Long> departmentIds, String sort, String after) {
        return queue.page(departmentIds, "", ListPage.parse("1", "50", sort), CaseQueueCursor.parse(after)).next();
    }

    /** The monthly table's tally of the whole months from {@code from} to {@code to}. */
    public int tally(LocalDate from, LocalDate to) {
        return figures.tally(from, to).size();
    }

    /** The same, counted from the cases (the figures before V11_50). */
    public int countedTally(LocalDate from, LocalDate to) {
        return count.tally(from, to).size();
    }

    /** Folds every pending change into the monthly table; returns the (month, department) rows recomputed. */
    public int refreshAll() {
        return months.refresh(LocalDate.of(1, 1, 1), LocalDate.of(9999, 12, 1));
    }
}
