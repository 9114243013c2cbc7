package cn.yingshang.legal.internal;

/** What an enterprise's case is about; arrears cases go on the fast track with the arrears ledger's reference. */
@cn.yingshang.shared.DomainType
public enum CaseType {
    CONTRACT, ARREARS, LABOUR, INTELLECTUAL_PROPERTY, ADMINISTRATIVE, OTHER
}
