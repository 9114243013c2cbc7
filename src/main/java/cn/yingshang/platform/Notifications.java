package cn.yingshang.platform;

import cn.yingshang.shared.CreditCode;
import java.util.List;

/** In-platform notifications (站内消息); each send is persisted before the caller goes on. */
public interface Notifications {

    void toAccount(long accountId, String title, String body, String link);

    void toDepartment(DepartmentId department, String title, String body, String link);

    /** Every account bound to the market entity with this credit code. */
    void toEntity(CreditCode creditCode, String title, String body, String link);

    void toRole(Role role, String title, String body, String link);

    /**
     * The department no longer handles what {@code link} points to (an appeal returned or taken away): its earlier
     * notices keep their text but stop linking to a page it may no longer open.
     */
    void unlink(DepartmentId department, String link);

    List<Notification> latestFor(SignedInUser user, int limit);

    /** One page of the user's notifications, newest first, searched by title or text. */
    PageOf<Notification> pageFor(SignedInUser user, String search, ListPage page);

    long unreadCount(SignedInUser user);

    record Notification(long id, String title, String body, String link, java.time.Instant createdAt, boolean read) {
    }
}
