package cn.yingshang.platform;

/**
 * One link in a portal's menu. Modules declare their own items as beans; the layout shows an item
 * to a user who holds {@code permission} (null: everyone who may enter the portal).
 */
public record NavigationItem(Portal portal, int order, String label, String href, String permission) {

    public boolean visibleTo(SignedInUser user) {
        if (permission == null) {
            return true;
        }
        return user != null && user.can(permission);
    }
}
