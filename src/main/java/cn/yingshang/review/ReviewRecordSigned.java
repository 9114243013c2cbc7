package cn.yingshang.review;

import java.time.Instant;

/** A reviewer signed the review record of a draft (the cockpit counts reviews and exceptions). */
public record ReviewRecordSigned(long documentId, String title, String conclusion, boolean exceptionInvoked,
                                 int confirmedFindings, Instant signedAt) {
}
