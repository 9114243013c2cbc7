package cn.yingshang.platform;

import cn.yingshang.shared.DomainViolation;
import java.util.LinkedHashMap;
import java.util.Map;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.validation.FieldError;

/**
 * Field errors for a form page: the layout's form fragments read the model attribute
 * {@code errors} (field name → Chinese message) to show a summary and a message next to each field.
 */
public final class FormErrors {

    private FormErrors() {
    }

    public static Map<String, String> of(BindingResult result) {
        Map<String, String> errors = new LinkedHashMap<>();
        for (FieldError error : result.getFieldErrors()) {
            errors.putIfAbsent(error.getField(), error.isBindingFailure()
                    ? cn.yingshang.shared.ChineseBundle.text("i18n/messages", "form.format.invalid", String.valueOf(error.getRejectedValue()))
                    : error.getDefaultMessage());
        }
        result.getGlobalErrors().forEach(e -> errors.putIfAbsent("_form", e.getDefaultMessage()));
        return errors;
    }

    public static Map<String, String> of(DomainViolation violation) {
        return Map.of(violation.field() == null ? "_form" : violation.field(), ViolationText.of(violation));
    }

    public static void show(Model model, Map<String, String> errors) {
        model.addAttribute("errors", errors);
    }
}
