package cn.yingshang.platform;

/** One step of a page's breadcrumb trail: an ancestor page and its name. */
public record Crumb(String label, String href) {
}
