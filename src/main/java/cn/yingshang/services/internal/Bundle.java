package cn.yingshang.services.internal;

import java.time.LocalDate;
import java.util.List;

/** A one-thing bundle (一件事一次办) as stored, with its parts in the order the definition lists them. */
@cn.yingshang.shared.DomainType
record Bundle(long id, String bundleCode, String bundleName, String creditCode, String identityName, BundleStatus status,
              LocalDate appliedOn, LocalDate noticeEndsOn, LocalDate doneOn, List<Part> parts, Integer endedPartSeq,
              String endReason) {

    /** One item of the bundle: its service case once opened, in its department's queue. */
    record Part(int seq, long implementationId, String itemCode, String itemName, String department, Long caseId,
                PartStatus status, String caseStatus, LocalDate dueOn, LocalDate finishedOn) {
    }

    enum BundleStatus {
        /** the public notice (简易注销) is running; parts not depending on it are already open */
        NOTICE,
        IN_PROGRESS,
        DONE,
        /** a part was refused, not accepted or withdrawn: the one thing cannot be done, the other parts stop */
        ENDED
    }

    enum PartStatus {
        /** opens when the bundle's public notice ends */
        WAITING, OPEN, DONE, REFUSED, DECLINED, WITHDRAWN,
        /** stopped because another part ended the bundle */
        CANCELLED;

        /** How a part ends with its case's outcome. */
        static PartStatus of(CaseStatus outcome) {
            return switch (outcome) {
                case GRANTED -> DONE;
                case DECLINED -> DECLINED;
                case WITHDRAWN -> WITHDRAWN;
                default -> REFUSED;
            };
        }
    }

    /** The part that ended the bundle, if one did. */
    java.util.Optional<Part> endedBy() {
        return parts.stream().filter(p -> endedPartSeq != null && p.seq() == endedPartSeq).findFirst();
    }

    long finishedParts() {
        return parts.stream().filter(p -> p.status() == PartStatus.DONE).count();
    }

    boolean hasPartIn(String department) {
        return department != null && parts.stream().anyMatch(p -> p.department().equals(department));
    }
}
