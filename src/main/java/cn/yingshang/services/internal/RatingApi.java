package cn.yingshang.services.internal;

import cn.yingshang.platform.SignedInUser;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/** 好差评 over JSON: the applicant rates; a 差评 moves through its loop. */
@RestController
class RatingApi {

    record Rating(Integer level, String comment, Boolean named) {
    }

    record StepRequest(String text, Integer level) {
    }

    record StepResult(long caseId, String status) {
    }

    private final RatingService ratings;

    RatingApi(RatingService ratings) {
        this.ratings = ratings;
    }

    @PostMapping("/api/v1/service-cases/{id}/rating")
    @PreAuthorize("hasAuthority('services:apply')")
    @ResponseStatus(HttpStatus.CREATED)
    StepResult rate(@PathVariable long id, @RequestBody Rating rating, @AuthenticationPrincipal SignedInUser user) {
        ratings.rate(id, rating.level() == null ? 0 : rating.level(), rating.comment(), !Boolean.FALSE.equals(rating.named()), user);
        return new StepResult(id, ratings.badRating(id).map(r -> (String) r.get("status")).orElse("RATED"));
    }

    @PostMapping("/api/v1/service-cases/{id}/bad-rating/return-visit")
    @PreAuthorize("hasAuthority('services:handle')")
    StepResult returnVisit(@PathVariable long id, @AuthenticationPrincipal SignedInUser user) {
        ratings.returnVisit(id, user);
        return new StepResult(id, (String) ratings.badRating(id).orElseThrow().get("status"));
    }

    @PostMapping("/api/v1/service-cases/{id}/bad-rating/{action}")
    StepResult step(@PathVariable long id, @PathVariable String action, @RequestBody StepRequest request,
                    @AuthenticationPrincipal SignedInUser user) {
        return new StepResult(id, ratings.step(id, action, request.text(), request.level(), user));
    }
}
