package cn.yingshang.legal.internal;

/** The civil procedure a case is tried under; each has its trial time limit (审限) in the procedure law. */
@cn.yingshang.shared.DomainType
public enum Procedure {
    SMALL_CLAIMS, SIMPLE, ORDINARY
}
