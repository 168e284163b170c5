package cn.zhaoshang.chassis.audit;

import jakarta.interceptor.InterceptorBinding;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * On a resource class: each of its POST, PUT, PATCH and DELETE methods runs in one transaction that also holds the
 * call's audit entry, so the entry commits exactly when the change it records does. The services' own
 * {@code @Transactional} methods join it. Calls that fail (and roll back) are audited afterwards by
 * {@link AuditRecorder}, in a transaction of their own.
 */
@InterceptorBinding
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
public @interface AuditedChanges {
}
