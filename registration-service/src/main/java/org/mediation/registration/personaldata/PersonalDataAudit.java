package org.mediation.registration.personaldata;

import java.util.Map;
import org.mediation.platform.audit.AuditLog;
import org.springframework.stereotype.Component;

/**
 * Who read or erased participants' personal data, on which regional day and how many people, in the service's
 * tamper-evident audit log: every answer that opens personal data (the list or the welcome desk's search asked with
 * their personal data, one registration, the attendance CSV) and every erasure. What was searched for is never logged.
 */
@Component
public class PersonalDataAudit {

    private final AuditLog auditLog;

    PersonalDataAudit(AuditLog auditLog) {
        this.auditLog = auditLog;
    }

    public void attendanceExported(String actor, String dayId, int rows) {
        auditLog.append("attendance.exported", actor, Map.of("regionalDayId", dayId, "rows", rows));
    }

    public void registrationsListed(String actor, String dayId, int rows) {
        auditLog.append("registrations.listed", actor, Map.of("regionalDayId", dayId, "rows", rows));
    }

    public void registrationsSearched(String actor, String dayId, int rows) {
        auditLog.append("registrations.searched", actor, Map.of("regionalDayId", dayId, "rows", rows));
    }

    public void registrationRead(String actor, String dayId, String registrationId) {
        auditLog.append(
                "registration.read",
                actor,
                Map.of("regionalDayId", dayId, "registrationId", registrationId, "rows", 1));
    }

    public void erased(String actor, String dayId, String registrationId) {
        auditLog.append(
                "personal-data.erased", actor, Map.of("regionalDayId", dayId, "registrationId", registrationId));
    }
}
