package cn.yingshang.projects.internal;

import cn.yingshang.platform.NavigationItem;
import cn.yingshang.platform.NavigationItems;
import cn.yingshang.platform.Portal;
import java.util.List;
import org.springframework.stereotype.Component;

@Component
class ProjectsNavigation implements NavigationItems {

    private final ProjectMessages messages;

    ProjectsNavigation(ProjectMessages messages) {
        this.messages = messages;
    }

    @Override
    public List<NavigationItem> items() {
        return List.of(
                new NavigationItem(Portal.WORKBENCH, 1400, messages.text("projects.nav.ledger"), "/workbench/projects", "projects:read"),
                new NavigationItem(Portal.WORKBENCH, 1410, messages.text("projects.nav.figures"), "/workbench/projects/figures", "projects:figures"),
                new NavigationItem(Portal.COCKPIT, 1400, messages.text("projects.nav.figures"), "/workbench/projects/figures", "projects:figures"));
    }
}
