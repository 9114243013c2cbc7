package cn.yingshang.platform.internal;

import cn.yingshang.platform.Portal;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/**
 * The office's view of the audit chain: seals what is waiting, verifies every entry from the first
 * and shows "intact" or the first broken entry, with the daily anchors to publish or compare.
 * Verification reads the whole chain, so it runs when the page is opened, not on a schedule.
 */
@Controller
class AuditChainController {

    private final AuditChain chain;

    AuditChainController(AuditChain chain) {
        this.chain = chain;
    }

    @GetMapping("/workbench/audit/chain")
    @PreAuthorize("hasAuthority('audit:read')")
    String chain(Model model) {
        model.addAttribute("result", chain.sealAndVerify());
        model.addAttribute("anchors", chain.anchors(30));
        model.addAttribute("portal", Portal.WORKBENCH);
        return "platform/audit-chain";
    }
}
