package org.mediation.registration.regionalday.web;

import java.util.Optional;
import org.mediation.platform.export.CsvDownload;
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

    AttendanceListController(DayAccess access, RegistrationReads reads) {
        this.access = access;
        this.reads = reads;
    }

    @GetMapping("/api/regional-days/{dayId}/registrations.csv")
    ResponseEntity<byte[]> attendanceList(
            @AuthenticationPrincipal Jwt jwt,
            @PathVariable String dayId,
            @RequestParam Optional<RegistrationStatus> status,
            @RequestParam(defaultValue = "false") boolean excel) {
        access.forTeam(jwt, dayId);
        return CsvDownload.of(AttendanceCsv.of(reads.all(dayId, status)), "attendance-" + dayId + ".csv", excel);
    }
}
