package cn.zhaoshang.assist.ticket;

import java.util.List;

/** One page of tickets, newest first; {@code page} counts from 0. */
public record TicketPage(List<TicketView> items, long total, int page, int size) {
}
