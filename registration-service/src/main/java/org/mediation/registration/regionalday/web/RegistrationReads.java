package org.mediation.registration.regionalday.web;

import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import org.mediation.registration.personaldata.PersonalDataCipher;
import org.mediation.registration.regionalday.api.RegistrationStatus;
import org.mediation.registration.regionalday.query.RegistrationView;
import org.mediation.registration.regionalday.query.RegistrationViews;
import org.springframework.stereotype.Component;

/** Registration views with their personal data opened, as far as the keys still exist. */
@Component
class RegistrationReads {

    private final RegistrationViews views;
    private final PersonalDataCipher cipher;

    RegistrationReads(RegistrationViews views, PersonalDataCipher cipher) {
        this.views = views;
        this.cipher = cipher;
    }

    void requireKnown(String dayId, String registrationId) {
        views.find(dayId, registrationId).orElseThrow(() -> new UnknownRegistration(registrationId));
    }

    RegistrationDetails one(String dayId, String registrationId) {
        RegistrationView view =
                views.find(dayId, registrationId).orElseThrow(() -> new UnknownRegistration(registrationId));
        return opened(List.of(view)).get(0);
    }

    RegistrationPage page(String dayId, Optional<RegistrationStatus> status, int page, int size) {
        List<RegistrationDetails> items = opened(views.page(dayId, status, page, size));
        return new RegistrationPage(items, page, size, views.count(dayId, status));
    }

    List<RegistrationDetails> all(String dayId, Optional<RegistrationStatus> status) {
        return opened(views.all(dayId, status));
    }

    private List<RegistrationDetails> opened(List<RegistrationView> registrations) {
        var opened = cipher.openAll(registrations.stream()
                .filter(view -> !view.isErased())
                .collect(Collectors.toMap(RegistrationView::id, RegistrationView::personalData)));
        return registrations.stream()
                .map(view -> RegistrationDetails.of(view, opened.get(view.id())))
                .toList();
    }
}
