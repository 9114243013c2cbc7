package cn.yingshang.platform.internal;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** The department picker's search: the narrowed options, swapped into the select by htmx. */
@Controller
class DepartmentPickerController {

    private final DepartmentTree tree;

    DepartmentPickerController(DepartmentTree tree) {
        this.tree = tree;
    }

    @GetMapping("/departments/options")
    @PreAuthorize("isAuthenticated()")
    String options(@RequestParam(defaultValue = "") String q, @RequestParam(defaultValue = "") String selected,
                   @RequestParam(defaultValue = "false") boolean multiple, @RequestParam(defaultValue = "true") boolean withOffice,
                   Model model) {
        if (q.length() > 50) {
            throw new IllegalArgumentException("search too long");
        }
        model.addAttribute("groups", tree.groups(q, withOffice));
        model.addAttribute("selected", selected);
        model.addAttribute("multiple", multiple);
        return "fragments/ui :: departmentOptions";
    }
}
