/**
 * Fair competition review (公平竞争审查): screens draft policies, rules and tender documents against
 * the review standards (Art. 8–11 of 国令第783号 and the tender barriers of 003 §9 and §12), records
 * the reviewer's decisions and signed conclusion, and keeps unreviewed documents from being issued.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Fair competition review",
        allowedDependencies = {"platform", "shared"})
package cn.yingshang.review;
