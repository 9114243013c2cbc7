package cn.yingshang.finance.internal;

/**
 * What an enterprise can pledge (003 §17): receivables, warehouse receipts, equity, intellectual
 * property and environmental rights (carbon, pollutant discharge, energy and water use rights).
 */
@cn.yingshang.shared.DomainType
enum Collateral {
    RECEIVABLES, WAREHOUSE_RECEIPTS, EQUITY, INTELLECTUAL_PROPERTY, ENVIRONMENTAL_RIGHTS;

    public String key() {
        return "finance.collateral." + name();
    }
}
