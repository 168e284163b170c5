package db.migration;

import cn.zhaoshang.chassis.idempotency.IdempotencyKeysMigration;

/** The answers kept for Idempotency-Key retries, as every service has them (the script is the chassis'). */
public class V10__idempotency_keys extends IdempotencyKeysMigration {
}
