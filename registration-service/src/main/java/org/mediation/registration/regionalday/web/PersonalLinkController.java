package org.mediation.registration.regionalday.web;

import java.time.Clock;
import java.time.LocalDate;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.mediation.registration.personaldata.PersonalDataAudit;
import org.mediation.registration.personallink.PersonalLink;
import org.mediation.registration.personallink.PersonalLinks;
import org.mediation.registration.programme.DayProgrammes;
import org.mediation.registration.programme.ProgrammeCalendar;
import org.mediation.registration.regionalday.api.CancelRegistration;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * What a participant's personal link opens, without signing in ({@link PersonalLinks}): their registration with its
 * personal data (read audited), the day's programme, the programme as iCalendar, and cancelling. A link altered, past
 * its day, or whose registration was erased answers 404.
 */
@RestController
@RequestMapping("/api/public/personal-links/{token}")
class PersonalLinkController {

    static final String OPENED_BY = "participant (personal link)";

    private final PersonalLinks links;
    private final RegistrationReads reads;
    private final DayAccess days;
    private final DayProgrammes programmes;
    private final CommandGateway commands;
    private final PersonalDataAudit audit;
    private final Clock clock;

    PersonalLinkController(
            PersonalLinks links,
            RegistrationReads reads,
            DayAccess days,
            DayProgrammes programmes,
            CommandGateway commands,
            PersonalDataAudit audit,
            Clock clock) {
        this.links = links;
        this.reads = reads;
        this.days = days;
        this.programmes = programmes;
        this.commands = commands;
        this.audit = audit;
        this.clock = clock;
    }

    @GetMapping
    PersonalRegistration registration(@PathVariable String token) {
        return page(opened(token));
    }

    /** The day's workshops with times ({@link ProgrammeCalendar}). */
    @GetMapping("/programme.ics")
    ResponseEntity<byte[]> calendar(@PathVariable String token) {
        PersonalLink link = opened(token);
        return ProgrammeCalendar.download(
                link.dayId(), days.existing(link.dayId()).venue(), programmes.of(link.dayId()));
    }

    /** Cancels the registration (the waitlist's first then gets the seat); a checked-in one cannot be (409). */
    @PostMapping("/cancel")
    PersonalRegistration cancel(@PathVariable String token) {
        PersonalLink link = opened(token);
        commands.sendAndWait(new CancelRegistration(link.dayId(), link.registrationId()));
        return page(link);
    }

    private PersonalRegistration page(PersonalLink link) {
        RegistrationDetails registration = reads.one(link.dayId(), link.registrationId());
        audit.registrationRead(OPENED_BY, link.dayId(), link.registrationId());
        return PersonalRegistration.of(
                registration, days.existing(link.dayId()), link.validUntil(), programmes.of(link.dayId()));
    }

    /** A valid link of a registration whose personal data still exists. */
    private PersonalLink opened(String token) {
        PersonalLink link = links.read(token, LocalDate.now(clock)).orElseThrow(UnknownPersonalLink::new);
        if (reads.erased(link.dayId(), link.registrationId())) {
            throw new UnknownPersonalLink();
        }
        return link;
    }
}
