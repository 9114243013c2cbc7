package cn.yingshang.services.internal;

/** 事项类型 of the basic catalogue; labels are in the services bundle as services.type.*. */
@cn.yingshang.shared.DomainType
enum ItemType {
    LICENSING, CONFIRMATION, PUBLIC_SERVICE, OTHER
}
