package cn.yingshang.appeal.internal;

/** Who acts on an appeal, relative to it. */
enum Actor {
    /** 营商办 (role OFFICE or ADMIN). */
    OFFICE,
    /** A handler or leader of the lead department. */
    LEAD_DEPARTMENT,
    /** A handler or leader of an assisting department. */
    ASSISTING_DEPARTMENT,
    /** The enterprise or person who raised it. */
    REQUESTER,
    /** The platform itself (scheduled jobs). */
    SYSTEM
}
