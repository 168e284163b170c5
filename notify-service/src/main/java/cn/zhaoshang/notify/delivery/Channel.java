package cn.zhaoshang.notify.delivery;

/** Where a notification goes besides the inbox, which always has it. */
public enum Channel {
    EMAIL, WEBHOOK
}
