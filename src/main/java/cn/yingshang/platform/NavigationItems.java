package cn.yingshang.platform;

import java.util.List;

/** A module's contribution to the menus. */
public interface NavigationItems {

    List<NavigationItem> items();

    /**
     * The items as the signed-in user (null: the public) sees them. A module whose pages depend on more
     * than a permission — which kind of body the user belongs to — narrows the list here, so the menu
     * never offers a page that answers 403.
     */
    default List<NavigationItem> itemsFor(SignedInUser user) {
        return items();
    }
}
