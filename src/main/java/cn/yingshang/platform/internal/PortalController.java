package cn.yingshang.platform.internal;

import cn.yingshang.platform.Notifications;
import cn.yingshang.platform.Portal;
import cn.yingshang.platform.SignedInUser;
import cn.yingshang.platform.ToDo;
import cn.yingshang.platform.WorkToDo;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.http.HttpStatus;

/**
 * Home, login, and the landing page of each portal. A landing page says what needs doing (each
 * module's {@link WorkToDo}: counts, nearest deadlines, what is late), not the menu again.
 */
@Controller
class PortalController {

    private final Notifications notifications;
    private final List<WorkToDo> work;
    private final Clock clock;

    PortalController(Notifications notifications, List<WorkToDo> work, Clock clock) {
        this.clock = clock;
        this.notifications = notifications;
        this.work = work;
    }

    @GetMapping("/")
    String home() {
        return "platform/home";
    }

    @GetMapping("/login")
    String login() {
        return "platform/login";
    }

    /** After sign-in: the first portal the role works in. */
    @GetMapping("/portal")
    String portal(@AuthenticationPrincipal SignedInUser user) {
        return "redirect:" + LayoutModel.portalsOf(user).iterator().next().home();
    }

    @GetMapping("/enterprise")
    String enterprise(@AuthenticationPrincipal SignedInUser user, Model model) {
        return landing(user, Portal.ENTERPRISE, model);
    }

    @GetMapping("/workbench")
    String workbench(@AuthenticationPrincipal SignedInUser user, Model model) {
        return landing(user, Portal.WORKBENCH, model);
    }

    @GetMapping("/cockpit")
    String cockpit(@AuthenticationPrincipal SignedInUser user, Model model) {
        return landing(user, Portal.COCKPIT, model);
    }

    @GetMapping("/public")
    String open(Model model) {
        model.addAttribute("portal", Portal.PUBLIC);
        return "platform/public";
    }

    @GetMapping("/notifications")
    String notifications(@AuthenticationPrincipal SignedInUser user,
                         @org.springframework.web.bind.annotation.RequestParam(defaultValue = "") String q,
                         cn.yingshang.platform.ListPage page, Model model) {
        model.addAttribute("notifications", notifications.pageFor(user, q, page));
        model.addAttribute("q", q);
        return "platform/notifications";
    }

    private String landing(SignedInUser user, Portal portal, Model model) {
        if (!LayoutModel.portalsOf(user).contains(portal)) {
            throw new ResponseStatusException(HttpStatus.FORBIDDEN, cn.yingshang.shared.ChineseBundle.text("i18n/messages", "portal.forbidden", portal.label()));
        }
        model.addAttribute("portal", portal);
        model.addAttribute("todo", work.stream().flatMap(w -> w.waitingFor(user, portal).stream())
                .sorted(Comparator.comparingInt(ToDo::order)).toList());
        model.addAttribute("today", LocalDate.now(clock));
        model.addAttribute("notifications", notifications.latestFor(user, 5));
        return "platform/landing";
    }
}
