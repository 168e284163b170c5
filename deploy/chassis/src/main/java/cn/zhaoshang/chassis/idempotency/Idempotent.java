package cn.zhaoshang.chassis.idempotency;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * A creating call a client may retry: with an {@code Idempotency-Key} header, the same key and body within the
 * retention period (24 hours) get the first answer again without a second effect ({@link IdempotencyFilter}).
 */
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.METHOD)
public @interface Idempotent {
}
