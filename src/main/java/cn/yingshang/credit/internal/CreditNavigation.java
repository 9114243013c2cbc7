package cn.yingshang.credit.internal;

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
                new NavigationItem(Portal.WORKBENCH, 300, "信用记录", "/workbench/credit", "credit:read"),
                new NavigationItem(Portal.WORKBENCH, 310, "录入信用记录", "/workbench/credit/records/new", "credit:record"),
                new NavigationItem(Portal.WORKBENCH, 320, "导入信用记录", "/workbench/credit/import", "credit:record"),
                new NavigationItem(Portal.WORKBENCH, 330, "信用修复审核", "/workbench/credit/repairs", "credit:repair"),
                new NavigationItem(Portal.WORKBENCH, 335, "信用承诺审核", "/workbench/credit/commitments", "credit:record"),
                new NavigationItem(Portal.WORKBENCH, 340, "失信名单", "/workbench/credit/dishonesty", "credit:read"),
                new NavigationItem(Portal.WORKBENCH, 350, "政务诚信", "/workbench/credit/government", "credit:government"),
                new NavigationItem(Portal.WORKBENCH, 360, "信用规则配置", "/workbench/credit/rules", "credit:configure"),
                new NavigationItem(Portal.COCKPIT, 300, "政务诚信", "/cockpit/credit/government", "credit:government"),
                new NavigationItem(Portal.ENTERPRISE, 300, "本企业信用", "/enterprise/credit", null),
                new NavigationItem(Portal.PUBLIC, 300, "信用查询", "/public/credit", null),
                new NavigationItem(Portal.PUBLIC, 310, "信用承诺公示", "/public/credit/commitments", null),
                new NavigationItem(Portal.PUBLIC, 320, "政务诚信公示", "/public/credit/government", null));
    }
}
