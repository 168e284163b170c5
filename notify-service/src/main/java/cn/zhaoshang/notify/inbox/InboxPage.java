package cn.zhaoshang.notify.inbox;

import java.util.List;

/** A page of the inbox, newest first, with the reader's unread count. */
public record InboxPage(List<NotificationView> items, long total, long unread, int page, int size) {
}
