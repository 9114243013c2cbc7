package cn.yingshang.arrears.internal;

import cn.yingshang.platform.Portal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** 信息公开: public bodies' yearly overdue figures (Art. 18) and exposed malicious cases (003 §54). */
@Controller
class PublicArrearsPages {

    private final AnnualPublication publication;
    private final Claims claims;

    PublicArrearsPages(AnnualPublication publication, Claims claims) {
        this.publication = publication;
        this.claims = claims;
    }

    @GetMapping("/public/arrears")
    String show(@RequestParam(required = false) Integer year, cn.yingshang.platform.ListPage page, Model model) {
        var years = publication.publishedYears();
        Integer y = year != null ? year : years.isEmpty() ? null : years.getFirst();
        model.addAttribute("portal", Portal.PUBLIC);
        model.addAttribute("years", years);
        model.addAttribute("year", y);
        model.addAttribute("lines", y == null ? java.util.List.of() : publication.published(y));
        var exposed = claims.exposed(page);
        model.addAttribute("exposed", exposed.rows());
        model.addAttribute("exposedPage", exposed);
        return "arrears/public";
    }
}
