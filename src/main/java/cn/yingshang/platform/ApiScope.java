package cn.yingshang.platform;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * The scope a service account needs to call this API operation (for example {@code appeal:reply}).
 * People are checked by their permission codes alone; a service account is refused every operation
 * whose scope it was not granted, and every operation that declares none.
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.METHOD)
public @interface ApiScope {

    String value();
}
