package cn.yingshang.catalogue;

/** "May they require X of me?" against the catalogue in force. */
public interface CatalogueCheck {

    CheckAnswer check(CatalogueKind kind, String text);
}
