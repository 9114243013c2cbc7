package cn.yingshang.services.internal;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;

/**
 * 一次性告知 (001 §31): one notice lists every material the applicant must supplement and the date by
 * which to do it; while it is open the case's clock stands still. Only what that notice named may
 * be asked for afterwards: a later supplement request for a material not in the first notice is
 * refused, so an applicant is never sent back twice for something that could have been said once.
 */
@cn.yingshang.shared.DomainType
record OneTimeNotice(List<String> materials, LocalDate supplyBy) {

    OneTimeNotice {
        if (materials.isEmpty()) {
            throw new IllegalArgumentException("services.notice.empty");
        }
        materials = List.copyOf(materials);
    }

    enum Outcome {
        /** Every material asked for was already named in the notice. */
        WITHIN_NOTICE,
        /** At least one material was not in the notice: the request is refused. */
        REFUSED_NOT_IN_FIRST_NOTICE
    }

    /** May a further request for {@code requested} be made after this notice? */
    Outcome furtherRequest(List<String> requested) {
        return Set.copyOf(materials).containsAll(requested) ? Outcome.WITHIN_NOTICE : Outcome.REFUSED_NOT_IN_FIRST_NOTICE;
    }

    /** The materials in {@code requested} that the notice did not name. */
    List<String> notNamed(List<String> requested) {
        return requested.stream().filter(m -> !materials.contains(m)).toList();
    }
}
