package cn.yingshang.services.internal;

import cn.yingshang.catalogue.CatalogueCheck;
import cn.yingshang.catalogue.CatalogueKind;
import cn.yingshang.catalogue.CheckAnswer;
import cn.yingshang.platform.Portal;
import java.util.List;
import java.util.NoSuchElementException;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;

/** 信息公开: searchable service guides, each guide and its print view, the change list and the consistency report. */
@Controller
class PublicServicePages {

    /** A fee a guide names, with the fee catalogue entry it stands on (000 §29: no fee off the list). */
    record Fee(String name, boolean onList, String entryCode, String basis) {
    }

    private final ServiceGuides guides;
    private final ConsistencyReport report;
    private final CatalogueCheck catalogue;
    private final ServiceMessages messages;
    private final SeedCitations citations;

    PublicServicePages(ServiceGuides guides, ConsistencyReport report, CatalogueCheck catalogue, ServiceMessages messages,
                       SeedCitations citations) {
        this.citations = citations;
        this.messages = messages;
        this.guides = guides;
        this.report = report;
        this.catalogue = catalogue;
    }

    @GetMapping("/public/services")
    String search(@RequestParam(defaultValue = "") String q, cn.yingshang.platform.ListPage page, Model model) {
        model.addAttribute("portal", Portal.PUBLIC);
        model.addAttribute("q", q);
        var found = guides.page(q, null, page);
        model.addAttribute("guidePage", found);
        model.addAttribute("guides", found.rows());
        return "services/index";
    }

    @GetMapping("/public/services/{id}")
    String guide(@PathVariable long id, Model model) {
        fill(id, model);
        return "services/guide";
    }

    @GetMapping("/public/services/{id}/print")
    String print(@PathVariable long id, Model model) {
        fill(id, model);
        return "services/print";
    }

    @GetMapping("/public/services/changes")
    String changes(cn.yingshang.platform.ListPage page, Model model) {
        model.addAttribute("portal", Portal.PUBLIC);
        model.addAttribute("changes", cn.yingshang.platform.PageOf.slice(guides.changes(), page));
        return "services/changes";
    }

    @GetMapping("/public/services/consistency")
    String consistency(Model model) {
        model.addAttribute("portal", Portal.PUBLIC);
        model.addAttribute("disagreements", report.disagreements());
        return "services/consistency";
    }

    private void fill(long id, Model model) {
        Guide guide = guides.guide(id).orElseThrow(() -> new NoSuchElementException(messages.text("services.guide.notFound")));
        model.addAttribute("portal", Portal.PUBLIC);
        model.addAttribute("guide", guide);
        model.addAttribute("materials", guides.materials(id));
        model.addAttribute("fees", fees(guide));
        model.addAttribute("citation", citations.format(guide.seedRef()));
    }

    List<Fee> fees(Guide guide) {
        return guide.fees().stream().map(name -> {
            CheckAnswer a = catalogue.check(CatalogueKind.FEE, name);
            boolean on = a.verdict() == CheckAnswer.Verdict.ON_LIST;
            return new Fee(name, on, on ? a.entryCode() : null, on ? a.basis() : null);
        }).toList();
    }
}
