package cn.yingshang.services.internal;

import cn.yingshang.platform.Portal;
import java.time.LocalDate;
import java.util.Locale;
import java.util.Optional;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseBody;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

/**
 * 电子证照 check, for anyone (004 #19: other departments and counterparties accept the e-licence
 * instead of paper): the public page (also the QR code's target) and the JSON answer.
 */
@Controller
class PublicELicences {

    /** Genuine: issued by the platform. Current: genuine and not revoked. The holder is shown by credit code only. */
    record Check(String code, boolean genuine, boolean current, String itemCode, String itemName, String department,
                 String holderCreditCode, LocalDate issuedOn, LocalDate revokedOn) {
    }

    private final ELicences licences;
    private final ServiceMessages messages;

    PublicELicences(ELicences licences, ServiceMessages messages) {
        this.licences = licences;
        this.messages = messages;
    }

    Check check(String code) {
        String normalised = code == null ? "" : code.strip().toUpperCase(Locale.ROOT);
        Optional<ELicence> l = normalised.length() > 40 ? Optional.empty() : licences.byCode(normalised);
        return l.map(x -> new Check(x.code(), true, x.current(), x.itemCode(), x.itemName(), x.department(), x.creditCode(),
                        x.issuedOn(), x.revokedOn()))
                .orElseGet(() -> new Check(normalised, false, false, null, null, null, null, null, null));
    }

    @GetMapping("/api/v1/public/e-licences/{code}")
    @ResponseBody
    Check api(@PathVariable String code) {
        return check(code);
    }

    @GetMapping("/public/e-licences")
    String page(@RequestParam(defaultValue = "") String code, Model model) {
        model.addAttribute("portal", Portal.PUBLIC);
        model.addAttribute("code", code);
        if (!code.isBlank()) {
            Check c = check(code);
            model.addAttribute("check", c);
            if (c.genuine()) {
                String url = ServletUriComponentsBuilder.fromCurrentContextPath().path("/public/e-licences")
                        .queryParam("code", c.code()).toUriString();
                model.addAttribute("qr", cn.yingshang.platform.QrCode.svg(url, messages.text("services.licence.qr")));
            }
        }
        return "services/licence";
    }
}
