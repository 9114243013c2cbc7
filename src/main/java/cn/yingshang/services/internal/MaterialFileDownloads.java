package cn.yingshang.services.internal;

import cn.yingshang.platform.Downloads;
import cn.yingshang.platform.SignedInUser;
import java.util.Map;
import java.util.NoSuchElementException;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

/** Downloads a material file of a case, for the applicant and for the handlers who may read the case. */
@Controller
@PreAuthorize("hasAnyAuthority('services:apply', 'services:handle', 'services:configure')")
class MaterialFileDownloads {

    private final CaseAccess access;
    private final MaterialFiles files;
    private final ServiceMessages messages;

    MaterialFileDownloads(CaseAccess access, MaterialFiles files, ServiceMessages messages) {
        this.access = access;
        this.files = files;
        this.messages = messages;
    }

    @GetMapping({"/enterprise/services/cases/{id}/materials/{fileId}", "/workbench/services/cases/{id}/materials/{fileId}",
            "/api/v1/service-cases/{id}/materials/{fileId}"})
    ResponseEntity<byte[]> download(@PathVariable long id, @PathVariable long fileId, @AuthenticationPrincipal SignedInUser user) {
        access.readable(id, user);
        Map<String, Object> f = files.file(id, fileId)
                .orElseThrow(() -> new NoSuchElementException(messages.text("services.upload.notFound")));
        return ResponseEntity.ok()
                .header(HttpHeaders.CONTENT_DISPOSITION, Downloads.attachment((String) f.get("filename")))
                .contentType(MediaType.APPLICATION_OCTET_STREAM).body((byte[]) f.get("data"));
    }
}
