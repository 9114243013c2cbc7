package cn.yingshang.finance.internal;

import cn.yingshang.platform.NavigationItem;
import cn.yingshang.platform.NavigationItems;
import cn.yingshang.platform.Portal;
import java.util.List;
import org.springframework.stereotype.Component;

@Component
class FinanceNavigation implements NavigationItems {

    private final FinanceMessages messages;

    FinanceNavigation(FinanceMessages messages) {
        this.messages = messages;
    }

    @Override
    public List<NavigationItem> items() {
        return List.of(
                new NavigationItem(Portal.ENTERPRISE, 1500, messages.text("finance.nav.enterprise"), "/enterprise/finance", "finance:apply"),
                new NavigationItem(Portal.WORKBENCH, 1500, messages.text("finance.nav.bank"), "/workbench/finance/bank", "finance:lend"),
                new NavigationItem(Portal.WORKBENCH, 1510, messages.text("finance.nav.products"), "/workbench/finance/bank/products", "finance:lend"),
                new NavigationItem(Portal.WORKBENCH, 1520, messages.text("finance.nav.confirmations"), "/workbench/finance/confirmations", "finance:confirm"),
                new NavigationItem(Portal.WORKBENCH, 1530, messages.text("finance.nav.banks"), "/workbench/finance/banks", "finance:manage"),
                new NavigationItem(Portal.WORKBENCH, 1540, messages.text("finance.nav.figures"), "/workbench/finance/figures", "finance:figures"),
                new NavigationItem(Portal.COCKPIT, 1500, messages.text("finance.nav.figures"), "/workbench/finance/figures", "finance:figures"));
    }
}
