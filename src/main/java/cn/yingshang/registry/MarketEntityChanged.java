package cn.yingshang.registry;

import cn.yingshang.shared.CreditCode;

import java.util.Set;

/**
 * An entity was registered or changed. {@code changedAttributes} uses the attribute names of the
 * policy rule catalogue (region, industry, size, kind, headcount, revenue, assets,
 * qualifications, tags, established, status, name), so listeners re-evaluate only what moved.
 */
public record MarketEntityChanged(CreditCode creditCode, Set<String> changedAttributes, boolean created) {
}
