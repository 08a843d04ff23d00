package org.mediation.registration.personaldata;

import java.util.Map;
import org.mediation.platform.audit.AuditLog;
import org.springframework.stereotype.Component;

/** Who read or erased participants' personal data, in the service's tamper-evident audit log. */
@Component
public class PersonalDataAudit {

    private final AuditLog auditLog;

    PersonalDataAudit(AuditLog auditLog) {
        this.auditLog = auditLog;
    }

    public void attendanceExported(String actor, String dayId, int rows) {
        auditLog.append("attendance.exported", actor, Map.of("regionalDayId", dayId, "rows", rows));
    }

    public void erased(String actor, String dayId, String registrationId) {
        auditLog.append(
                "personal-data.erased", actor, Map.of("regionalDayId", dayId, "registrationId", registrationId));
    }
}
