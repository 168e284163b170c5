package cn.zhaoshang.chassis.http;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * A GET of one object that a client may revalidate cheaply: the answer carries an {@code ETag}, and
 * {@code If-None-Match} with it is answered 304 without a body ({@link Revalidation}).
 */
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.METHOD)
public @interface Revalidated {
}
