package org.mediation.registration.regionalday.web;

import java.util.Optional;
import org.mediation.platform.export.CsvDownload;
import org.mediation.platform.web.RateLimited;
import org.mediation.registration.personaldata.PersonalDataAudit;
import org.mediation.registration.regionalday.api.RegistrationStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** The attendance list of a regional day as a CSV file, for its regional team. */
@RestController
class AttendanceListController {

    private final DayAccess access;
    private final RegistrationReads reads;
    private final PersonalDataAudit audit;

    AttendanceListController(DayAccess access, RegistrationReads reads, PersonalDataAudit audit) {
        this.access = access;
        this.reads = reads;
        this.audit = audit;
    }

    @RateLimited
    @GetMapping("/api/regional-days/{dayId}/registrations.csv")
    ResponseEntity<byte[]> attendanceList(
            @AuthenticationPrincipal Jwt jwt,
            @PathVariable String dayId,
            @RequestParam Optional<RegistrationStatus> status,
            @RequestParam(defaultValue = "false") boolean excel) {
        access.forTeam(jwt, dayId);
        AttendanceCsv attendance = new AttendanceCsv();
        reads.forEachOpened(dayId, status, attendance::add);
        audit.attendanceExported(jwt.getSubject(), dayId, attendance.rows());
        return CsvDownload.of(attendance.table(), "attendance-" + dayId + ".csv", excel);
    }
}
