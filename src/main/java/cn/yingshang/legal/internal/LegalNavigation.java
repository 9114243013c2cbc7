package cn.yingshang.legal.internal;

import cn.yingshang.platform.NavigationItem;
import cn.yingshang.platform.NavigationItems;
import cn.yingshang.platform.Portal;
import java.util.List;
import org.springframework.stereotype.Component;

@Component
class LegalNavigation implements NavigationItems {

    private final LegalMessages messages;

    LegalNavigation(LegalMessages messages) {
        this.messages = messages;
    }

    @Override
    public List<NavigationItem> items() {
        return List.of(
                new NavigationItem(Portal.ENTERPRISE, 160, messages.text("legal.nav.enterprise"), "/enterprise/legal", "legal:file"),
                new NavigationItem(Portal.WORKBENCH, 160, messages.text("legal.nav.court"), "/workbench/legal/cases", "legal:handle"),
                new NavigationItem(Portal.WORKBENCH, 163, messages.text("legal.nav.judgments"), "/workbench/legal/judgments", "legal:handle"),
                new NavigationItem(Portal.WORKBENCH, 161, messages.text("legal.nav.seizures"), "/workbench/legal/seizures", "legal:handle"),
                new NavigationItem(Portal.WORKBENCH, 162, messages.text("legal.nav.stalled"), "/workbench/legal/stalled", "legal:handle"),
                new NavigationItem(Portal.WORKBENCH, 164, messages.text("legal.nav.compliance"), "/workbench/legal/compliance", "legal:handle"),
                new NavigationItem(Portal.WORKBENCH, 165, messages.text("legal.nav.complianceOpinions"), "/workbench/legal/compliance-opinions", "legal:respond"),
                new NavigationItem(Portal.WORKBENCH, 166, messages.text("legal.nav.bankruptcy"), "/workbench/legal/bankruptcy", "legal:handle"),
                new NavigationItem(Portal.WORKBENCH, 167, messages.text("legal.nav.coordination"), "/workbench/legal/coordination", "legal:respond"),
                new NavigationItem(Portal.PUBLIC, 871, messages.text("legal.nav.bankruptcyPublic"), "/public/bankruptcy", null),
                new NavigationItem(Portal.PUBLIC, 870, messages.text("legal.nav.appraisalCheck"), "/public/appraisals", null),
                new NavigationItem(Portal.COCKPIT, 160, messages.text("legal.nav.office"), "/cockpit/legal", "legal:supervise"));
    }
}
