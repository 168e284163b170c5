package cn.zhaoshang.chassis.idempotency;

import cn.zhaoshang.chassis.persistence.ChassisMigration;

/** The table of answers kept for {@code Idempotency-Key} retries; each service runs it under its own next version. */
public abstract class IdempotencyKeysMigration extends ChassisMigration {

    protected IdempotencyKeysMigration() {
        super(IdempotencyKeysMigration.class, "idempotency_keys.sql");
    }
}
