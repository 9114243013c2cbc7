package cn.yingshang.registry;

/** Search by part of the name or by credit code, optionally within a region (prefix of the code). */
public record EntitySearch(String text, String regionPrefix, String industryPrefix, int page, int size) {

    public EntitySearch {
        text = text == null ? "" : text.strip();
        page = Math.max(0, page);
        size = size <= 0 ? 20 : Math.min(size, 200);
    }
}
