package cn.yingshang.legal.internal;

import java.time.LocalDate;

/** A government–court coordination item (府院协调, 002 #32): what the court asks a department for, and its answer. */
public record CoordinationItem(long id, long caseId, long departmentId, String subject, String request, LocalDate raisedOn,
                               String response, LocalDate respondedOn) {
}
