package cn.yingshang.services.internal;

import cn.yingshang.platform.Citations;
import org.springframework.stereotype.Component;

/** A seed reference as people read it, through the platform's one table of the seeds' titles. */
@Component
class SeedCitations {

    private final Citations citations;

    SeedCitations(Citations citations) {
        this.citations = citations;
    }

    String format(String ref) {
        return ref == null || ref.isBlank() ? "" : citations.text(ref);
    }
}
