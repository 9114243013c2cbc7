package cn.yingshang.credit.internal;

import cn.yingshang.platform.Text;
import cn.yingshang.platform.NavigationItem;
import cn.yingshang.platform.NavigationItems;
import cn.yingshang.platform.Portal;
import java.util.List;
import org.springframework.stereotype.Component;

@Component
class CreditNavigation implements NavigationItems {

    @Override
    public List<NavigationItem> items() {
        return List.of(
                new NavigationItem(Portal.WORKBENCH, 300, Text.of("credit.nav.records"), "/workbench/credit", "credit:read"),
                new NavigationItem(Portal.WORKBENCH, 310, Text.of("credit.nav.recordNew"), "/workbench/credit/records/new", "credit:record"),
                new NavigationItem(Portal.WORKBENCH, 320, Text.of("credit.nav.recordImport"), "/workbench/credit/import", "credit:record"),
                new NavigationItem(Portal.WORKBENCH, 330, Text.of("credit.nav.repairs"), "/workbench/credit/repairs", "credit:repair"),
                new NavigationItem(Portal.WORKBENCH, 335, Text.of("credit.nav.commitments"), "/workbench/credit/commitments", "credit:record"),
                new NavigationItem(Portal.WORKBENCH, 340, Text.of("credit.nav.dishonestyLists"), "/workbench/credit/dishonesty", "credit:read"),
                new NavigationItem(Portal.WORKBENCH, 350, Text.of("credit.nav.governmentIntegrity"), "/workbench/credit/government", "credit:government"),
                new NavigationItem(Portal.WORKBENCH, 360, Text.of("credit.nav.rules"), "/workbench/credit/rules", "credit:configure"),
                new NavigationItem(Portal.COCKPIT, 300, Text.of("credit.nav.governmentIntegrity"), "/cockpit/credit/government", "credit:government"),
                new NavigationItem(Portal.ENTERPRISE, 300, Text.of("credit.nav.ownCredit"), "/enterprise/credit", null),
                new NavigationItem(Portal.PUBLIC, 300, Text.of("credit.nav.publicQuery"), "/public/credit", null),
                new NavigationItem(Portal.PUBLIC, 310, Text.of("credit.nav.publicCommitments"), "/public/credit/commitments", null),
                new NavigationItem(Portal.PUBLIC, 320, Text.of("credit.nav.publicGovernmentIntegrity"), "/public/credit/government", null));
    }
}
