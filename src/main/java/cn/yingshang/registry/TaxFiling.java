package cn.yingshang.registry;

/** Whether the entity filed its tax returns for a year. */
public record TaxFiling(int year, boolean filed) {
}
