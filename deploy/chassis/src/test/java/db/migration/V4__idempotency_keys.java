package db.migration;

import cn.zhaoshang.chassis.idempotency.IdempotencyKeysMigration;

public class V4__idempotency_keys extends IdempotencyKeysMigration {
}
