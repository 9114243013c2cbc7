package cn.yingshang.credit.internal;

import cn.yingshang.platform.Text;
import cn.yingshang.platform.Portal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.NoSuchElementException;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;

/** 信息公开: credit query by name or credit code, published commitments, government integrity. */
@Controller
class CreditPublicPages {

    private final PublicCredit publicCredit;
    private final CreditCommitments commitments;
    private final GovernmentIntegrity government;
    private final Clock clock;

    CreditPublicPages(PublicCredit publicCredit, CreditCommitments commitments, GovernmentIntegrity government, Clock clock) {
        this.publicCredit = publicCredit;
        this.commitments = commitments;
        this.government = government;
        this.clock = clock;
    }

    @GetMapping("/public/credit")
    String query(@RequestParam(defaultValue = "") String q, Model model) {
        model.addAttribute("portal", Portal.PUBLIC);
        model.addAttribute("q", q);
        if (!q.isBlank()) {
            var matches = publicCredit.search(q);
            if (matches.size() == 1) {
                return "redirect:/public/credit/" + matches.getFirst().creditCode();
            }
            model.addAttribute("matches", matches);
        }
        return "credit/public-query";
    }

    @GetMapping("/public/credit/{code}")
    String profile(@PathVariable String code, Model model) {
        model.addAttribute("portal", Portal.PUBLIC);
        model.addAttribute("profile", publicCredit.profile(code, LocalDate.now(clock))
                .orElseThrow(() -> new NoSuchElementException(Text.of("credit.public.codeInvalid", code))));
        return "credit/public-profile";
    }

    @GetMapping("/public/credit/commitments")
    String commitments(@org.springframework.web.bind.annotation.RequestParam(defaultValue = "") String q,
                       cn.yingshang.platform.ListPage page, Model model) {
        model.addAttribute("portal", Portal.PUBLIC);
        var found = commitments.published(q, page);
        model.addAttribute("commitmentPage", found);
        model.addAttribute("commitments", found.rows());
        model.addAttribute("q", q);
        return "credit/public-commitments";
    }

    @GetMapping("/public/credit/government")
    String government(@org.springframework.web.bind.annotation.RequestParam(defaultValue = "") String q,
                      cn.yingshang.platform.ListPage page, Model model) {
        model.addAttribute("portal", Portal.PUBLIC);
        var found = government.published(q, page);
        model.addAttribute("recordPage", found);
        model.addAttribute("records", found.rows());
        model.addAttribute("q", q);
        return "credit/public-government";
    }
}
