package cn.yingshang.services.internal;

import cn.yingshang.platform.AuditLog;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/** The share of 告知承诺 cases drawn for post-check: data officials set, not a property. */
@RestController
class ServiceSettingsApi {

    record PostCheckShare(int percent) {
    }

    private final Promises promises;
    private final ServiceMessages messages;
    private final AuditLog audit;

    ServiceSettingsApi(Promises promises, ServiceMessages messages, AuditLog audit) {
        this.promises = promises;
        this.messages = messages;
        this.audit = audit;
    }

    @GetMapping("/api/v1/services/settings/post-check-share")
    @PreAuthorize("hasAnyAuthority('services:configure', 'services:handle')")
    PostCheckShare share() {
        return new PostCheckShare(promises.postCheckPercent());
    }

    @PutMapping("/api/v1/services/settings/post-check-share")
    @PreAuthorize("hasAuthority('services:configure')")
    PostCheckShare setShare(@RequestBody PostCheckShare share) {
        if (share.percent() < 0 || share.percent() > 100) {
            throw messages.violation("percent", "services.postCheck.share");
        }
        int before = promises.postCheckPercent();
        promises.setPostCheckPercent(share.percent());
        audit.record("services.settings.postCheckShare", "svc_setting", "promise.post_check_percent", before, share.percent());
        return share;
    }
}
