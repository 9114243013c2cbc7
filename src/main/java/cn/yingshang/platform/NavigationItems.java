package cn.yingshang.platform;

import java.util.List;

/** A module's contribution to the menus. */
public interface NavigationItems {

    List<NavigationItem> items();
}
