package cn.zhaoshang.assist.ticket;

public enum Priority {
    NORMAL, URGENT
}
