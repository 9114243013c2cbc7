package cn.yingshang.appeal.internal;

import static cn.yingshang.appeal.internal.AppealText.text;

import cn.yingshang.shared.DomainType;
import cn.yingshang.shared.DomainViolation;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * The requester's verdict on a reply: was the matter resolved, and were they satisfied (the two
 * questions of a 12345 return visit), each from a fixed list.
 */
@DomainType
final class RatingRules {

    static final List<String> RESOLUTIONS = List.of("RESOLVED", "PARTLY", "NOT_RESOLVED");
    static final List<String> SATISFACTIONS = List.of("SATISFIED", "BASIC", "NOT_SATISFIED");
    private static final Set<String> RATINGS = Set.of("RESOLVED", "PARTLY", "NOT_RESOLVED", "SATISFIED", "BASIC", "NOT_SATISFIED");

    private RatingRules() {
    }

    record Rating(String resolution, String satisfaction) {

        String label() {
            return ratingLabel(resolution, satisfaction);
        }
    }

    static RuleOutcome<Rating> rating(String resolution, String satisfaction) {
        List<DomainViolation> found = new ArrayList<>();
        if (resolution == null || !RESOLUTIONS.contains(resolution)) {
            found.add(DomainViolation.of("resolution", "appeal.violation.resolution"));
        }
        if (satisfaction == null || !SATISFACTIONS.contains(satisfaction)) {
            found.add(DomainViolation.of("satisfaction", "appeal.violation.satisfaction"));
        }
        return RuleOutcome.of(new Rating(resolution, satisfaction), found);
    }

    /** A return visit's timeline note: the rating, and what the requester said when anything. */
    static String visitNote(Rating rating, String note) {
        return ratingLabel(rating.resolution(), rating.satisfaction())
                + (note == null || note.isBlank() ? "" : text("appeal.note.separator") + note.strip());
    }

    static String ratingLabel(String resolution, String satisfaction) {
        return ratingPart(resolution) + "·" + ratingPart(satisfaction);
    }

    private static String ratingPart(String code) {
        return code != null && RATINGS.contains(code) ? text("appeal.rating." + code) : "-";
    }
}
