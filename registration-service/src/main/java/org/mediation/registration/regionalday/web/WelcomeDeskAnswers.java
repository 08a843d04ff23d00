package org.mediation.registration.regionalday.web;

import org.mediation.registration.personaldata.PersonalDataAudit;
import org.mediation.registration.regionalday.search.DeskQuery;
import org.mediation.registration.regionalday.search.Matches;
import org.mediation.registration.regionalday.search.WelcomeDeskSearch;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.stereotype.Component;

/**
 * The welcome desk's search ({@code GET …/registrations?q=}) answered as a page of the list asked with its personal
 * data: the desk must see whom it found. The first {@value WelcomeDeskSearch#MAX_RESULTS} registrations found, by last
 * name then first name, {@code total} counting every one found; an answer that names anyone is audited (what was
 * typed never is).
 */
@Component
class WelcomeDeskAnswers {

    private final WelcomeDeskSearch search;
    private final RegistrationReads reads;
    private final PersonalDataAudit audit;

    WelcomeDeskAnswers(WelcomeDeskSearch search, RegistrationReads reads, PersonalDataAudit audit) {
        this.search = search;
        this.reads = reads;
        this.audit = audit;
    }

    RegistrationPage<RegistrationDetails> search(Jwt jwt, String dayId, DeskQuery query) {
        Matches found = search.search(dayId, query);
        RegistrationPage<RegistrationDetails> page = reads.found(dayId, found);
        if (!page.items().isEmpty()) {
            audit.registrationsSearched(jwt.getSubject(), dayId, page.items().size());
        }
        return page;
    }
}
