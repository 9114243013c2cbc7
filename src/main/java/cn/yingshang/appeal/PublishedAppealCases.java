package cn.yingshang.appeal;

import cn.yingshang.platform.ListPage;
import cn.yingshang.platform.PageOf;
import java.time.LocalDate;
import java.util.Optional;

/**
 * The appeal cases the office published on 信息公开 (典型案例), read by other modules that gather published cases, such
 * as the annual ten typical cases of the rule-of-law business environment (002 #45). Only what is already public.
 */
public interface PublishedAppealCases {

    /** A published case as 信息公开 shows it: the public summary, never the requester. */
    record PublishedCase(long id, String trackingNumber, String category, String region, String summary, LocalDate closedOn) {
    }

    /** One page of the cases published and closed in {@code year}, newest first, searched by their summary. */
    PageOf<PublishedCase> closedIn(int year, String search, ListPage page);

    /** The case if it is published now (a case taken down is empty). */
    Optional<PublishedCase> published(long id);
}
