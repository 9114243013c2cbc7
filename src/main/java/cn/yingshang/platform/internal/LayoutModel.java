package cn.yingshang.platform.internal;

import cn.yingshang.platform.NavigationItem;
import cn.yingshang.platform.NavigationItems;
import cn.yingshang.platform.Notifications;
import cn.yingshang.platform.Portal;
import cn.yingshang.platform.SignedInUser;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.servlet.HandlerInterceptor;
import org.springframework.web.servlet.ModelAndView;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/**
 * What every rendered page's layout needs: the signed-in user, the portals and menu items they
 * may use, and the unread notice count. Added only when a view is rendered, never to API calls.
 */
@Configuration
class LayoutModel implements HandlerInterceptor, WebMvcConfigurer {

    private final List<NavigationItems> contributions;
    private final Notifications notifications;

    LayoutModel(List<NavigationItems> contributions, Notifications notifications) {
        this.contributions = contributions;
        this.notifications = notifications;
    }

    @Override
    public void addInterceptors(InterceptorRegistry registry) {
        registry.addInterceptor(this);
    }

    @Override
    public void postHandle(HttpServletRequest request, HttpServletResponse response, Object handler, ModelAndView view) {
        if (view == null || (view.getViewName() != null && view.getViewName().startsWith("redirect:"))) {
            return;
        }
        SignedInUser user = SignedInUser.current().orElse(null);
        Set<Portal> portals = portalsOf(user);
        view.addObject("me", user);
        view.addObject("portals", portals);
        view.addObject("nav", nav(user, portals));
        view.addObject("unread", user == null ? 0 : notifications.unreadCount(user));
        view.addObject("currentPath", request.getRequestURI());
        if (!view.getModel().containsKey("portal")) {
            view.addObject("portal", portalOfPath(request.getRequestURI()));
        }
    }

    /** Pages live under their portal's path, so the side menu follows without each controller saying so. */
    static Portal portalOfPath(String path) {
        for (Portal portal : Portal.values()) {
            if (path.equals(portal.home()) || path.startsWith(portal.home() + "/")) {
                return portal;
            }
        }
        return null;
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
            // a bank works in the workbench, where its menu shows only the financing pages its permissions open
            case BANK -> EnumSet.of(Portal.WORKBENCH, Portal.PUBLIC);
        };
    }

    private Map<Portal, List<NavigationItem>> nav(SignedInUser user, Set<Portal> allowed) {
        return contributions.stream().flatMap(c -> c.items().stream())
                .filter(i -> allowed.contains(i.portal()) && i.visibleTo(user))
                .sorted(Comparator.comparingInt(NavigationItem::order))
                .collect(Collectors.groupingBy(NavigationItem::portal, () -> new EnumMap<>(Portal.class), Collectors.toList()));
    }
}
