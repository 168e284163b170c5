package cn.zhaoshang.assist.inbound;

import java.util.UUID;

/** Fired, inside the transaction that learnt it, when a known project turns out to be in another district now. */
public record ProjectMoved(UUID projectId, String from, String to) {
}
