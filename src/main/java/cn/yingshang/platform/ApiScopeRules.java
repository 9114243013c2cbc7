package cn.yingshang.platform;

import java.util.List;

/**
 * Scopes for API operations that carry no {@link ApiScope} annotation, given by the module that
 * owns them as a bean: a service account may call such an operation when the first rule matching
 * its method and path names a scope it was granted. An annotation on the operation wins.
 */
public interface ApiScopeRules {

    List<Rule> rules();

    /** {@code method} is an HTTP method; {@code path} a Spring path pattern such as {@code /api/v1/items/{id}}. */
    record Rule(String method, String path, String scope) {
    }
}
