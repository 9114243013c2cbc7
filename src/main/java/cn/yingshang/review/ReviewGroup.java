package cn.yingshang.review;

/** The four groups of review standards (公平竞争审查条例 Art. 8–11). */
public enum ReviewGroup {
    MARKET_ACCESS("限制市场准入和退出", "第八条"),
    FREE_FLOW("限制商品、要素自由流动", "第九条"),
    PRODUCTION_COST("影响生产经营成本", "第十条"),
    PRODUCTION_CONDUCT("影响生产经营行为", "第十一条");

    private final String label;
    private final String article;

    ReviewGroup(String label, String article) {
        this.label = label;
        this.article = article;
    }

    public String label() {
        return label;
    }

    public String article() {
        return article;
    }
}
