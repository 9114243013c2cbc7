package cn.yingshang.services.internal;

import cn.yingshang.platform.FormErrors;
import cn.yingshang.platform.Portal;
import cn.yingshang.platform.SignedInUser;
import cn.yingshang.shared.DomainViolation;
import java.util.Arrays;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The catalogue admin page: the office's basic catalogue and each department's implementing list. */
@Controller
@PreAuthorize("hasAnyAuthority('services:configure', 'services:handle')")
class CataloguePages {

    private final CatalogueEditing editing;
    private final ServiceMessages messages;

    CataloguePages(CatalogueEditing editing, ServiceMessages messages) {
        this.editing = editing;
        this.messages = messages;
    }

    @ModelAttribute
    void common(@AuthenticationPrincipal SignedInUser user, Model model) {
        model.addAttribute("portal", Portal.WORKBENCH);
        model.addAttribute("types", Arrays.asList(ItemType.values()));
        model.addAttribute("office", user != null && editing.isOffice(user));
        model.addAttribute("regionDepartments", editing.regionDepartments());
    }

    @GetMapping("/workbench/services/catalogue")
    String list(@AuthenticationPrincipal SignedInUser user,
                @org.springframework.web.bind.annotation.RequestParam(defaultValue = "") String q,
                cn.yingshang.platform.ListPage page, Model model) {
        var found = editing.editable(user, q, page);
        model.addAttribute("itemPage", found);
        model.addAttribute("items", found.rows());
        model.addAttribute("q", q);
        if (!model.containsAttribute("form")) {
            model.addAttribute("form", new CatalogueEditing.ItemForm("", "", "LICENSING", "", 20, 10, false, "", null));
        }
        return "services/catalogue-admin";
    }

    @PostMapping("/workbench/services/catalogue")
    String create(@ModelAttribute("form") CatalogueEditing.ItemForm form, BindingResult binding,
                  @AuthenticationPrincipal SignedInUser user, Model model, RedirectAttributes redirect) {
        if (binding.hasErrors()) {
            FormErrors.show(model, FormErrors.of(binding));
            model.addAttribute("form", new CatalogueEditing.ItemForm("", "", "LICENSING", "", 20, 10, false, "", null));
            return list(user, "", cn.yingshang.platform.ListPage.first(), model);
        }
        try {
            CatalogueEditing.Saved saved = editing.create(form, user);
            done(saved, redirect);
            return "redirect:/workbench/services/catalogue/" + saved.id();
        } catch (DomainViolation e) {
            FormErrors.show(model, FormErrors.of(e));
            return list(user, "", cn.yingshang.platform.ListPage.first(), model);
        }
    }

    @GetMapping("/workbench/services/catalogue/{id}")
    String item(@PathVariable long id, @AuthenticationPrincipal SignedInUser user, Model model) {
        Guide g = editing.editableItem(id, user);
        model.addAttribute("guide", g);
        if (!model.containsAttribute("form")) {
            model.addAttribute("form", new CatalogueEditing.ItemForm(g.itemCode(), g.name(), g.type().name(), g.basis(),
                    g.statutoryLimit().days(), g.promisedLimit().days(), g.instant(), g.department(), g.sinceVersion()));
        }
        return "services/catalogue-item";
    }

    @PostMapping("/workbench/services/catalogue/{id}")
    String edit(@PathVariable long id, @ModelAttribute("form") CatalogueEditing.ItemForm form, BindingResult binding,
                @AuthenticationPrincipal SignedInUser user, Model model, RedirectAttributes redirect) {
        if (binding.hasErrors()) {
            FormErrors.show(model, FormErrors.of(binding));
            model.asMap().remove("form");
            return item(id, user, model);
        }
        try {
            done(editing.edit(id, form, user), redirect);
            return "redirect:/workbench/services/catalogue/" + id;
        } catch (DomainViolation e) {
            FormErrors.show(model, FormErrors.of(e));
            return item(id, user, model);
        }
    }

    private void done(CatalogueEditing.Saved saved, RedirectAttributes redirect) {
        redirect.addFlashAttribute("flash", messages.text("services.catalogue.saved", saved.version()));
        redirect.addFlashAttribute("warnings", saved.warnings());
    }
}
