package cn.yingshang.legal.internal;

import java.time.LocalDate;

/** An online creditors' meeting on one motion; once counted, its result and tally are kept. */
public record CreditorMeeting(long id, long caseId, String motion, String kind, LocalDate closesOn, String status, String result,
                              String tally, LocalDate countedOn) {
}
