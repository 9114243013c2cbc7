package cn.yingshang.review;

import java.util.List;

/** Screens any text against the current review standards; other modules may check their own drafts with it. */
public interface FairCompetitionScreener {

    List<ScreeningFinding> screen(String text);
}
