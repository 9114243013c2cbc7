package cn.yingshang.cockpit.internal;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import cn.yingshang.shared.RegionCode;
import cn.yingshang.shared.Regions;
import java.math.BigDecimal;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@Tag(name = "cockpit", description = "api.cockpit.tag.description")
@RestController
@RequestMapping("/api/v1/cockpit")
class CockpitApi {

    private final FigureViews figures;

    CockpitApi(FigureViews figures) {
        this.figures = figures;
    }

    record IndicatorJson(String code, String name, boolean ratio, String direction, String onTrack, String breach) {
        static IndicatorJson of(Indicator i) {
            return new IndicatorJson(i.code(), i.name(), i.isRatio(), i.direction().name(), i.format(i.onTrack()), i.format(i.breach()));
        }
    }

    /** One map area: the feature name in the GeoJSON, the prefecture it belongs to, its figure and status. */
    record AreaJson(String name, String region, String regionName, BigDecimal value, String display, String status,
                    String statusLabel, int level, String colour, BigDecimal numerator, BigDecimal denominator, String casesUrl) {
    }

    record MapJson(IndicatorJson indicator, String period, List<AreaJson> areas, List<StatusJson> legend) {
    }

    record StatusJson(String status, String label, int level, String colour) {
    }

    @Operation(summary = "api.cockpit.map")
    @GetMapping("/map")
    @PreAuthorize("hasAuthority('cockpit:read')")
    @cn.yingshang.platform.ApiScope("cockpit:read")
    MapJson map(@RequestParam(required = false) String indicator, @RequestParam(required = false) String period) {
        Indicator i = figures.indicator(indicator);
        YearMonth month = figures.period(period);
        List<AreaJson> areas = new ArrayList<>();
        for (FigureViews.Row r : figures.byPrefecture(i, month)) {
            for (String name : FigureViews.mapNames(RegionCode.of(r.regionCode()))) {
                areas.add(new AreaJson(name, r.regionCode(), r.regionName(), r.value(), r.display(), r.status().name(),
                        r.status().label(), r.status().ordinal(), r.status().colour(), r.numerator(), r.denominator(), r.casesUrl()));
            }
        }
        List<StatusJson> legend = java.util.Arrays.stream(FigureStatus.values())
                .map(s -> new StatusJson(s.name(), s.label(), s.ordinal(), s.colour())).toList();
        return new MapJson(IndicatorJson.of(i), month.toString(), areas, legend);
    }

    record PointJson(String period, BigDecimal value, String display, String status) {
    }

    @Operation(summary = "api.cockpit.trend")
    @GetMapping("/indicators/{code}/trend")
    @PreAuthorize("hasAuthority('cockpit:read')")
    @cn.yingshang.platform.ApiScope("cockpit:read")
    List<PointJson> trend(@PathVariable String code, @RequestParam(defaultValue = "650000") String region,
                          @RequestParam(required = false) String period) {
        Indicator i = figures.indicator(code);
        RegionCode r = Regions.find(region).orElse(Regions.XINJIANG);
        return figures.trend(i, r, figures.period(period), 12).stream()
                .map(p -> new PointJson(p.period(), p.value(), p.display(), p.status().name()))
                .toList();
    }
}
