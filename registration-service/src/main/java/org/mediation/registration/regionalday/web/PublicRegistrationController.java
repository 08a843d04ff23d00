package org.mediation.registration.regionalday.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.validation.Valid;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Map;
import java.util.UUID;
import org.mediation.platform.web.PublicSubmissions;
import org.mediation.registration.programme.DayProgrammes;
import org.mediation.registration.regionalday.query.RegionalDayView;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/**
 * A day's public page, for anyone, without signing in, once its regional team opened it. A submission is admitted by
 * the public allowance ({@link PublicSubmissions}: per client address and per day) and always answered alike: 202 and
 * « look at your mailbox ». A new person is registered (confirmed or waitlisted by the day's rules) and mailed; an
 * email already registered changes nothing and its holder is mailed; a form a robot filled in is dropped. So the
 * answer never tells whether an email is registered.
 */
@RestController
@RequestMapping("/api/public/regional-days/{dayId}")
class PublicRegistrationController {

    static final Map<String, String> RECEIVED = Map.of(
            "outcome",
            "RECEIVED",
            "message",
            "Look at your mailbox: a mail tells whether you have a seat or wait for one.");
    private static final Logger log = LoggerFactory.getLogger(PublicRegistrationController.class);

    private final DayAccess access;
    private final DayProgrammes programmes;
    private final Registrar registrar;
    private final PublicSubmissions submissions;
    private final Clock clock;

    PublicRegistrationController(
            DayAccess access,
            DayProgrammes programmes,
            Registrar registrar,
            PublicSubmissions submissions,
            Clock clock) {
        this.access = access;
        this.programmes = programmes;
        this.registrar = registrar;
        this.submissions = submissions;
        this.clock = clock;
    }

    @GetMapping
    PublicRegionalDay day(@PathVariable String dayId) {
        return PublicRegionalDay.of(published(dayId), LocalDate.now(clock), programmes.of(dayId));
    }

    @PostMapping("/registrations")
    @ResponseStatus(HttpStatus.ACCEPTED)
    Map<String, String> register(
            HttpServletRequest http, @PathVariable String dayId, @Valid @RequestBody SelfRegistrationRequest request) {
        submissions.admit(http, dayId);
        published(dayId);
        if (request.filledByARobot()) {
            log.info("A public registration to day {} filled the hidden field: dropped", dayId);
            return RECEIVED;
        }
        registrar.themselves(
                dayId, UUID.randomUUID().toString(), request.personalData(), request.category(), LocalDate.now(clock));
        return RECEIVED;
    }

    /** A day whose public page was never opened is unknown to the public. */
    private RegionalDayView published(String dayId) {
        RegionalDayView day = access.existing(dayId);
        if (day.selfRegistration() == null) {
            throw new UnknownRegionalDay(dayId);
        }
        return day;
    }
}
