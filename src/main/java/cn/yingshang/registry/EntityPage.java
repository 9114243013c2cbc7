package cn.yingshang.registry;

import java.util.List;

/** One page of a search; {@code total} is capped for very broad searches ({@code totalCapped}). */
public record EntityPage(List<MarketEntity> items, int number, int size, long total, boolean totalCapped) {

    public int totalPages() {
        return (int) Math.max(1, (total + size - 1) / size);
    }
}
