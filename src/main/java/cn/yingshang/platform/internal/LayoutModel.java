package cn.yingshang.platform.internal;

import cn.yingshang.platform.NavigationItem;
import cn.yingshang.platform.NavigationItems;
import cn.yingshang.platform.Notifications;
import cn.yingshang.platform.Portal;
import cn.yingshang.platform.Role;
import cn.yingshang.platform.SignedInUser;
import jakarta.servlet.http.HttpServletRequest;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;

/** What every page's layout needs: the signed-in user, the portals and menu they may use, unread notices. */
@ControllerAdvice(annotations = Controller.class)
class LayoutModel {

    private final List<NavigationItems> contributions;
    private final Notifications notifications;

    LayoutModel(List<NavigationItems> contributions, Notifications notifications) {
        this.contributions = contributions;
        this.notifications = notifications;
    }

    static Set<Portal> portalsOf(SignedInUser user) {
        if (user == null) {
            return EnumSet.of(Portal.PUBLIC);
        }
        return switch (user.role()) {
            case ENTERPRISE -> EnumSet.of(Portal.ENTERPRISE, Portal.PUBLIC);
            case HANDLER, LEADER, INSPECTOR -> EnumSet.of(Portal.WORKBENCH, Portal.PUBLIC);
            case OFFICE, ADMIN -> EnumSet.of(Portal.WORKBENCH, Portal.COCKPIT, Portal.PUBLIC);
            case SUPERVISOR -> EnumSet.of(Portal.COCKPIT, Portal.PUBLIC);
        };
    }

    @ModelAttribute("me")
    SignedInUser me() {
        return SignedInUser.current().orElse(null);
    }

    @ModelAttribute("portals")
    Set<Portal> portals() {
        return portalsOf(me());
    }

    @ModelAttribute("nav")
    Map<Portal, List<NavigationItem>> nav() {
        SignedInUser user = me();
        Set<Portal> allowed = portalsOf(user);
        return contributions.stream().flatMap(c -> c.items().stream())
                .filter(i -> allowed.contains(i.portal()) && i.visibleTo(user))
                .sorted(Comparator.comparingInt(NavigationItem::order))
                .collect(Collectors.groupingBy(NavigationItem::portal, () -> new java.util.EnumMap<>(Portal.class),
                        Collectors.toList()));
    }

    @ModelAttribute("unread")
    long unread() {
        SignedInUser user = me();
        return user == null ? 0 : notifications.unreadCount(user);
    }

    @ModelAttribute("currentPath")
    String currentPath(HttpServletRequest request) {
        return request.getRequestURI();
    }

    static boolean isOffice(SignedInUser user) {
        return user != null && (user.role() == Role.OFFICE || user.role() == Role.ADMIN);
    }
}
