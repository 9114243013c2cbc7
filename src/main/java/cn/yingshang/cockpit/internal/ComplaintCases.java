package cn.yingshang.cockpit.internal;

import java.time.LocalDate;
import java.util.List;

/**
 * Where the quarterly review (002 #49: 定期对涉企投诉案件进行评查) draws its sample from: a module
 * that holds enterprise complaint cases lists those closed in a period. Appeals are the main
 * source; supervisors' observations are one too.
 */
interface ComplaintCases {

    String name();

    List<ComplaintCase> closedBetween(LocalDate from, LocalDate to);

    record ComplaintCase(String reference, String title, String department, String link) {
    }
}
