package cn.yingshang.finance.internal;

/** A bank (金融机构) in the directory of bank contacts per area (004 #9). */
@cn.yingshang.shared.DomainType
record Bank(long id, String name, String regionCode, String contactName, String contactPhone) {
}
