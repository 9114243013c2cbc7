package cn.yingshang.projects.internal;

import java.time.LocalDate;
import org.springframework.format.annotation.DateTimeFormat;

/** A promise to the investor, written down with who promised it, its legal basis and when it is due. */
record PromiseForm(String content, String legalBasis, String promisedBy,
                   @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate dueOn) {

    static PromiseForm empty() {
        return new PromiseForm("", "", "", null);
    }
}
