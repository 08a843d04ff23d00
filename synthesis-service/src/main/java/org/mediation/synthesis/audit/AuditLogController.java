package org.mediation.synthesis.audit;

import java.util.List;
import org.mediation.synthesis.access.Access;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** Operators read the audit log and check that no entry was altered. */
@RestController
@RequestMapping("/api/operations/audit-log")
class AuditLogController {

    private final AuditLog auditLog;

    AuditLogController(AuditLog auditLog) {
        this.auditLog = auditLog;
    }

    @GetMapping
    List<AuditEntry> entries(@AuthenticationPrincipal Jwt jwt) {
        requireOperator(jwt);
        return auditLog.all();
    }

    @GetMapping("/verify")
    AuditVerdict verify(@AuthenticationPrincipal Jwt jwt) {
        requireOperator(jwt);
        return auditLog.verify();
    }

    private static void requireOperator(Jwt jwt) {
        Access.of(jwt).requireOperator();
    }
}
