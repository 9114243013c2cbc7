package cn.yingshang.projects.internal;

/** A promise is tracked until kept (003 §13); a broken one stays on the ledger with its reason. */
@cn.yingshang.shared.DomainType
enum PromiseStatus {
    PENDING, KEPT, BROKEN;

    public String key() {
        return "projects.promise.status." + name();
    }
}
