package cn.yingshang.services.internal;

import cn.yingshang.platform.ApiScopeRules;
import java.util.List;
import org.springframework.stereotype.Component;

/**
 * The scopes a service account (a department's business system, the integrated government-services
 * platform) needs for the services operations (issue 17): {@code services:apply} for what an
 * applicant does, {@code services:handle} for a handling department's steps, {@code services:read}
 * for reads and {@code services:configure} for settings. Kept here, beside the operations, as rules
 * by path so the operations themselves stay as they are; the same permission and ownership checks
 * as for a person still apply after the scope.
 */
@Component
class ServicesApiScopes implements ApiScopeRules {

    static final String APPLY = "services:apply";
    static final String HANDLE = "services:handle";
    static final String READ = "services:read";
    static final String CONFIGURE = "services:configure";

    private static final List<Rule> RULES = List.of(
            new Rule("POST", "/api/v1/service-cases", APPLY),
            new Rule("GET", "/api/v1/service-cases/queue", READ),
            new Rule("GET", "/api/v1/service-cases/{id}", READ),
            new Rule("GET", "/api/v1/service-cases/{id}/materials/{fileId}", READ),
            new Rule("POST", "/api/v1/service-cases/{id}/notice-answer", APPLY),
            new Rule("POST", "/api/v1/service-cases/{id}/deficiency-supplied", APPLY),
            new Rule("POST", "/api/v1/service-cases/{id}/rating", APPLY),
            new Rule("POST", "/api/v1/service-cases/{id}/hard-case", APPLY),
            new Rule("GET", "/api/v1/service-cases/{id}/hard-case", READ),
            new Rule("POST", "/api/v1/service-cases/{id}/supplement-requests", HANDLE),
            new Rule("POST", "/api/v1/service-cases/{id}/acceptance", HANDLE),
            new Rule("POST", "/api/v1/service-cases/{id}/acceptance-with-deficiency", HANDLE),
            new Rule("POST", "/api/v1/service-cases/{id}/decision", HANDLE),
            new Rule("POST", "/api/v1/service-cases/{id}/post-check", HANDLE),
            new Rule("POST", "/api/v1/service-cases/{id}/withdrawal", HANDLE),
            new Rule("POST", "/api/v1/service-cases/{id}/bad-rating/{*rest}", HANDLE),
            new Rule("POST", "/api/v1/service-help-requests", APPLY),
            new Rule("GET", "/api/v1/service-help-requests/{id}", READ),
            new Rule("POST", "/api/v1/service-help-requests/{id}/{step}", HANDLE),
            new Rule("POST", "/api/v1/service-bundles", APPLY),
            new Rule("GET", "/api/v1/service-bundles", READ),
            new Rule("GET", "/api/v1/service-bundles/{id}", READ),
            new Rule("GET", "/api/v1/services/settings/{*rest}", READ),
            new Rule("PUT", "/api/v1/services/settings/{*rest}", CONFIGURE));

    @Override
    public List<Rule> rules() {
        return RULES;
    }
}
