package org.mediation.registration.regionalday.web;

import java.nio.charset.StandardCharsets;
import java.util.Optional;
import org.mediation.registration.regionalday.api.RegistrationStatus;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
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

    static final MediaType CSV = new MediaType("text", "csv", StandardCharsets.UTF_8);

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
            @RequestParam Optional<RegistrationStatus> status) {
        access.forTeam(jwt, dayId);
        String csv = AttendanceCsv.of(reads.all(dayId, status));
        return ResponseEntity.ok()
                .contentType(CSV)
                .header(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"attendance-" + dayId + ".csv\"")
                .body(csv.getBytes(StandardCharsets.UTF_8));
    }
}
