package cn.yingshang.projects.internal;

import java.math.BigDecimal;
import java.time.LocalDate;
import org.springframework.format.annotation.DateTimeFormat;

/** A new project as the steward enters it. */
record ProjectForm(String name, String investorCreditCode, String investorName, String industryChain, BigDecimal investment,
                   @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate attractedOn) {

    static ProjectForm empty() {
        return new ProjectForm("", "", "", "", null, null);
    }
}
