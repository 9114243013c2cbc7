package cn.yingshang.platform.internal;

import cn.yingshang.platform.NavigationItem;
import cn.yingshang.platform.NavigationItems;
import cn.yingshang.platform.Notifications;
import cn.yingshang.platform.Portal;
import cn.yingshang.platform.SignedInUser;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import cn.yingshang.platform.Crumb;
import java.util.ArrayList;
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
    private final String home;

    LayoutModel(List<NavigationItems> contributions, Notifications notifications, org.springframework.context.MessageSource messages) {
        this.home = messages.getMessage("layout.home", null, java.util.Locale.SIMPLIFIED_CHINESE);
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
        Map<Portal, List<NavigationItem>> nav = nav(user, portals);
        view.addObject("nav", nav);
        view.addObject("navGroups", groups(user, portals));
        view.addObject("unread", user == null ? 0 : notifications.unreadCount(user));
        view.addObject("currentPath", request.getRequestURI());
        view.addObject("translatedPage", PortalLocale.translated(request.getRequestURI()));
        if (!view.getModel().containsKey("portal")) {
            view.addObject("portal", portalOfPath(request.getRequestURI()));
        }
        if (!view.getModel().containsKey("crumbs")) {
            view.addObject("crumbs", crumbs(request.getRequestURI(), (Portal) view.getModel().get("portal"), nav));
        }
    }

    /**
     * The trail above the current page (GOV.UK style, ancestors only): the portal's landing page,
     * then the menu item whose path the page lies below. Landing pages and the home page have none.
     */
    List<Crumb> crumbs(String path, Portal portal, Map<Portal, List<NavigationItem>> nav) {
        List<Crumb> crumbs = new ArrayList<>();
        if (path.equals("/")) {
            return crumbs;
        }
        if (portal == null) {
            crumbs.add(new Crumb(home, "/"));
            return crumbs;
        }
        if (path.equals(portal.home())) {
            return crumbs;
        }
        crumbs.add(new Crumb(portal.label(), portal.home()));
        nav.getOrDefault(portal, List.of()).stream()
                .filter(i -> !i.href().equals(path) && !i.href().equals(portal.home()) && path.startsWith(i.href() + "/"))
                .max(Comparator.comparingInt(i -> i.href().length()))
                .ifPresent(i -> crumbs.add(new Crumb(i.label(), i.href())));
        return crumbs;
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
            case HANDLER, LEADER, INSPECTOR, LEGAL_OFFICER -> EnumSet.of(Portal.WORKBENCH, Portal.PUBLIC);
            case OFFICE, ADMIN -> EnumSet.of(Portal.WORKBENCH, Portal.COCKPIT, Portal.PUBLIC);
            case SUPERVISOR -> EnumSet.of(Portal.COCKPIT, Portal.PUBLIC);
            // a bank works in the workbench, where its menu shows only the financing pages its permissions open
            case BANK -> EnumSet.of(Portal.WORKBENCH, Portal.PUBLIC);
        };
    }

    /** A portal's menu in groups, one per module, so a long menu reads as a few short ones. */
    private Map<Portal, List<List<NavigationItem>>> groups(SignedInUser user, Set<Portal> allowed) {
        Map<Portal, List<List<NavigationItem>>> groups = new EnumMap<>(Portal.class);
        for (Portal portal : allowed) {
            List<List<NavigationItem>> ofPortal = contributions.stream()
                    .map(c -> c.itemsFor(user).stream().filter(i -> i.portal() == portal && i.visibleTo(user))
                            .sorted(Comparator.comparingInt(NavigationItem::order)).toList())
                    .filter(g -> !g.isEmpty())
                    .sorted(Comparator.comparingInt(g -> g.get(0).order()))
                    .toList();
            groups.put(portal, ofPortal);
        }
        return groups;
    }

    private Map<Portal, List<NavigationItem>> nav(SignedInUser user, Set<Portal> allowed) {
        return contributions.stream().flatMap(c -> c.itemsFor(user).stream())
                .filter(i -> allowed.contains(i.portal()) && i.visibleTo(user))
                .sorted(Comparator.comparingInt(NavigationItem::order))
                .collect(Collectors.groupingBy(NavigationItem::portal, () -> new EnumMap<>(Portal.class), Collectors.toList()));
    }
}
