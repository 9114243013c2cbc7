package cn.yingshang.credit.internal;

import cn.yingshang.platform.Text;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.NoSuchElementException;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@Tag(name = "public-credit", description = "credit.publicCreditApi.api.tag.description")
@RestController
@RequestMapping("/api/v1/public/credit")
class PublicCreditApi {

    private final PublicCredit publicCredit;
    private final Clock clock;

    PublicCreditApi(PublicCredit publicCredit, Clock clock) {
        this.publicCredit = publicCredit;
        this.clock = clock;
    }

    @Operation(summary = "credit.publicCreditApi.api.operation.summary")
    @GetMapping
    List<PublicCredit.Match> search(@RequestParam(defaultValue = "") String q) {
        return publicCredit.search(q);
    }

    @Operation(summary = "credit.publicCreditApi.api.operation.summary2")
    @GetMapping("/{code}")
    PublicCredit.PublicProfile profile(@PathVariable String code) {
        return publicCredit.profile(code, LocalDate.now(clock)).orElseThrow(() -> new NoSuchElementException(Text.of("credit.publicApi.codeInvalid", code)));
    }
}
