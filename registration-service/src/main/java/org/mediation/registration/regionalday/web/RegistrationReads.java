package org.mediation.registration.regionalday.web;

import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.stream.Collectors;
import org.mediation.platform.web.Paging;
import org.mediation.registration.personaldata.PersonalDataCipher;
import org.mediation.registration.regionalday.api.RegistrationStatus;
import org.mediation.registration.regionalday.query.RegistrationView;
import org.mediation.registration.regionalday.query.RegistrationViews;
import org.mediation.registration.regionalday.search.Matches;
import org.mediation.registration.regionalday.search.WelcomeDeskSearch;
import org.springframework.stereotype.Component;

/** Registration views, with their personal data opened (as far as the keys still exist) only where asked for. */
@Component
class RegistrationReads {

    private static final int BATCH = 500;

    private final RegistrationViews views;
    private final PersonalDataCipher cipher;

    RegistrationReads(RegistrationViews views, PersonalDataCipher cipher) {
        this.views = views;
        this.cipher = cipher;
    }

    void requireKnown(String dayId, String registrationId) {
        known(dayId, registrationId);
    }

    /** Unknown counts as erased: nothing of it can be opened. */
    boolean erased(String dayId, String registrationId) {
        return views.find(dayId, registrationId).map(RegistrationView::isErased).orElse(true);
    }

    RegistrationSummary summary(String dayId, String registrationId) {
        return RegistrationSummary.of(known(dayId, registrationId));
    }

    RegistrationDetails one(String dayId, String registrationId) {
        return opened(List.of(known(dayId, registrationId))).get(0);
    }

    RegistrationPage<RegistrationSummary> summaries(String dayId, Optional<RegistrationStatus> status, Paging paging) {
        List<RegistrationSummary> items = views.page(dayId, status, paging).stream()
                .map(RegistrationSummary::of)
                .toList();
        return new RegistrationPage<>(items, paging.page(), paging.size(), views.count(dayId, status));
    }

    RegistrationPage<RegistrationDetails> details(String dayId, Optional<RegistrationStatus> status, Paging paging) {
        List<RegistrationDetails> items = opened(views.page(dayId, status, paging));
        return new RegistrationPage<>(items, paging.page(), paging.size(), views.count(dayId, status));
    }

    /**
     * The registrations a search found, in its order, with their personal data; those erased since are never
     * answered.
     */
    RegistrationPage<RegistrationDetails> found(String dayId, Matches found) {
        List<RegistrationView> present = views.findAll(dayId, found.ids()).stream()
                .filter(view -> !view.isErased())
                .toList();
        List<RegistrationDetails> items =
                opened(present).stream().filter(RegistrationDetails::opened).toList();
        return new RegistrationPage<>(items, 0, WelcomeDeskSearch.MAX_RESULTS, found.total());
    }

    /**
     * Every registration of the day with its personal data, in order of arrival: read and opened {@value #BATCH} at a
     * time, so a day of thousands is never decoded whole.
     */
    void forEachOpened(String dayId, Optional<RegistrationStatus> status, Consumer<RegistrationDetails> action) {
        views.forEachBatch(dayId, status, BATCH, batch -> opened(batch).forEach(action));
    }

    private RegistrationView known(String dayId, String registrationId) {
        return views.find(dayId, registrationId).orElseThrow(() -> new UnknownRegistration(registrationId));
    }

    /** Registrations recorded before the organisation was sealed carry it in clear in their view, until erased. */
    private List<RegistrationDetails> opened(List<RegistrationView> registrations) {
        var opened = cipher.openAll(registrations.stream()
                .filter(view -> !view.isErased())
                .collect(Collectors.toMap(RegistrationView::id, RegistrationView::personalData)));
        return registrations.stream()
                .map(view -> RegistrationDetails.of(
                        view,
                        Optional.ofNullable(opened.get(view.id()))
                                .map(person -> person.withOrganisationIfNone(view.organisation()))
                                .orElse(null)))
                .toList();
    }
}
