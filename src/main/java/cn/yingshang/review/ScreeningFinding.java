package cn.yingshang.review;

/**
 * One clause of a draft that matches a review standard: the group, the standard (code and title),
 * the clause as drafted, why it matched and the article to cite.
 */
public record ScreeningFinding(ReviewGroup group, String standardCode, String standard, String clause, String reason,
                               String article) {
}
