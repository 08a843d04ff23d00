package org.mediation.platform.audit;

import java.util.List;
import org.mediation.platform.security.Refusals;
import org.mediation.platform.web.Paging;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** Operators read the service's audit log, newest last, and check that it is whole and unaltered. */
@RestController
@RequestMapping("/api/operations/audit-log")
class AuditLogController {

    static final int MAX_PAGE = 1_000;

    private final AuditLog auditLog;

    AuditLogController(AuditLog auditLog) {
        this.auditLog = auditLog;
    }

    /** The newest entries, oldest first: {@code page} 0 the newest {@code size} (at most 1,000), 1 those before… */
    @GetMapping
    List<AuditEntry> entries(
            @AuthenticationPrincipal Jwt jwt,
            @RequestParam(defaultValue = "0") int page,
            @RequestParam(defaultValue = "200") int size) {
        Refusals.unlessOperator(jwt, "The audit log is for operators.");
        return auditLog.newest(Paging.of(page, size, MAX_PAGE));
    }

    @GetMapping("/verify")
    AuditVerdict verify(@AuthenticationPrincipal Jwt jwt) {
        Refusals.unlessOperator(jwt, "The audit log is for operators.");
        return auditLog.verify();
    }
}
