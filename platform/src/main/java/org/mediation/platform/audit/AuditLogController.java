package org.mediation.platform.audit;

import java.util.List;
import org.mediation.platform.security.Refusals;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** Operators read the service's audit log, newest last, and check that it is whole and unaltered. */
@RestController
@RequestMapping("/api/operations/audit-log")
class AuditLogController {

    private final AuditLog auditLog;

    AuditLogController(AuditLog auditLog) {
        this.auditLog = auditLog;
    }

    @GetMapping
    List<AuditEntry> entries(@AuthenticationPrincipal Jwt jwt) {
        Refusals.unlessOperator(jwt, "The audit log is for operators.");
        return auditLog.all();
    }

    @GetMapping("/verify")
    AuditVerdict verify(@AuthenticationPrincipal Jwt jwt) {
        Refusals.unlessOperator(jwt, "The audit log is for operators.");
        return auditLog.verify();
    }
}
