package cn.yingshang.credit.internal;

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

@Tag(name = "public-credit", description = "信息公开：信用查询（仅公示中的记录，不含个人信息）")
@RestController
@RequestMapping("/api/v1/public/credit")
class PublicCreditApi {

    private final PublicCredit publicCredit;
    private final Clock clock;

    PublicCreditApi(PublicCredit publicCredit, Clock clock) {
        this.publicCredit = publicCredit;
        this.clock = clock;
    }

    @Operation(summary = "按名称或统一社会信用代码查询经营主体")
    @GetMapping
    List<PublicCredit.Match> search(@RequestParam(defaultValue = "") String q) {
        return publicCredit.search(q);
    }

    @Operation(summary = "经营主体公示中的信用记录、失信名单与信用承诺")
    @GetMapping("/{code}")
    PublicCredit.PublicProfile profile(@PathVariable String code) {
        return publicCredit.profile(code, LocalDate.now(clock)).orElseThrow(() -> new NoSuchElementException("统一社会信用代码无效：" + code));
    }
}
