package cn.yingshang.shared;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks a module's domain type: an aggregate, value, status or rule that holds the business
 * decision and nothing else. Such a type knows no Spring, no servlet and no SQL — it is built from
 * plain values and answers with plain values or a {@link DomainViolation}; stores, pages and
 * services around it do the I/O. {@code ArchitectureTests} enforces this for every marked class.
 * The marker, rather than a {@code domain} sub-package, keeps the types where their module's
 * package-private collaborators can reach them.
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.TYPE)
public @interface DomainType {
}
