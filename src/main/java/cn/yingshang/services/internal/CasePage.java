package cn.yingshang.services.internal;

import cn.yingshang.platform.Text;
import cn.yingshang.platform.SignedInUser;
import cn.yingshang.reference.WorkingCalendars;
import cn.yingshang.shared.RegionCode;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.stereotype.Component;
import org.springframework.ui.Model;

/** What the case page shows, for the applicant and for the department alike: one reading of the case. */
@Component
class CasePage {

    /** A case in a list: the case, its item and where it stands on the clock. */
    record Row(ServiceCase c, Guide guide, CaseClock clock) {
    }

    private final ServiceGuides guides;
    private final ServiceCases cases;
    private final WorkingCalendars calendars;
    private final ELicences licences;
    private final Promises promises;
    private final AcceptingWithDeficiency deficiency;
    private final CaseMaterials materials;
    private final MaterialFiles materialFiles;
    private final RatingService ratings;
    private final SeedCitations citations;
    private final ServiceMessages messages;
    private final Clock clock;

    CasePage(ServiceGuides guides, ServiceCases cases, WorkingCalendars calendars, ELicences licences, Promises promises,
             AcceptingWithDeficiency deficiency, CaseMaterials materials, RatingService ratings, SeedCitations citations,
             ServiceMessages messages, Clock clock, MaterialFiles materialFiles) {
        this.guides = guides;
        this.cases = cases;
        this.calendars = calendars;
        this.licences = licences;
        this.promises = promises;
        this.deficiency = deficiency;
        this.materials = materials;
        this.materialFiles = materialFiles;
        this.ratings = ratings;
        this.citations = citations;
        this.messages = messages;
        this.clock = clock;
    }

    LocalDate today() {
        return LocalDate.now(clock);
    }

    List<Row> rows(List<ServiceCase> list) {
        return list.stream().map(c -> {
            Guide g = guides.guide(c.implementationId()).orElseThrow();
            return new Row(c, g, CaseClock.of(c, g.instant(), calendars.forRegion(RegionCode.of(c.regionCode())), today()));
        }).toList();
    }

    void fill(ServiceCase c, SignedInUser user, Model model) {
        Guide guide = guides.guide(c.implementationId()).orElseThrow();
        List<Material> listed = guides.materials(c.implementationId());
        List<CaseMaterials.Provided> provided = materials.of(c.id());
        Set<String> have = provided.stream().map(CaseMaterials.Provided::name).collect(Collectors.toSet());
        model.addAttribute("c", c);
        model.addAttribute("guide", guide);
        model.addAttribute("citation", citations.format(guide.seedRef()));
        model.addAttribute("clock", CaseClock.of(c, guide.instant(), calendars.forRegion(RegionCode.of(c.regionCode())), today()));
        model.addAttribute("materials", listed);
        model.addAttribute("provided", provided);
        model.addAttribute("materialFiles", materialFiles.of(c.id()));
        model.addAttribute("notProvided", listed.stream().map(Material::name).filter(n -> !have.contains(n)).toList());
        model.addAttribute("deficiencyAllowed", listed.stream().filter(Material::deficiencyAllowed).map(Material::name).toList());
        model.addAttribute("askable", listed.stream().filter(Material::askedOfApplicant).map(Material::name).toList());
        model.addAttribute("notice", cases.notice(c.id()).orElse(null));
        model.addAttribute("missing", deficiency.missing(c.id()));
        model.addAttribute("supplyBy", deficiency.supplyBy(c.id()).orElse(null));
        model.addAttribute("promise", promises.find(c.id()).orElse(null));
        model.addAttribute("licence", licences.codeOfCase(c.id()).flatMap(licences::byCode).orElse(null));
        model.addAttribute("rating", ratings.rating(c.id()).orElse(null));
        Map<String, Object> bad = ratings.badRating(c.id()).orElse(null);
        model.addAttribute("bad", bad);
        model.addAttribute("ratingLevels", List.of(5, 4, 3, 2, 1));
        model.addAttribute("promiseNotice", promiseNotice(guide, listed));
    }

    /** 001 §38: the written notice shown before the applicant signs: duty, what is to be proven, liability. */
    String promiseNotice(Guide guide, List<Material> listed) {
        String proven = listed.stream().filter(Material::promiseReplaces).map(Material::name).collect(Collectors.joining(Text.of("platform.list.separator")));
        return proven.isEmpty() ? null : messages.text("services.promise.terms", guide.name(), guide.conditions(), proven);
    }
}
