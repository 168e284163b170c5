package cn.zhaoshang.chassis.inbound;

import jakarta.interceptor.InterceptorBinding;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * On an event handler: while the database cannot be reached, the event is tried again (each time in a new
 * transaction) instead of failing to the dead-letter topic, so a database restart loses no event.
 */
@InterceptorBinding
@Retention(RetentionPolicy.RUNTIME)
@Target({ElementType.METHOD, ElementType.TYPE})
public @interface WaitForDatabase {
}
