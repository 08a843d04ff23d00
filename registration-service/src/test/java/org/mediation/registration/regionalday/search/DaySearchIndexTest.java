package org.mediation.registration.regionalday.search;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventhandling.GenericDomainEventMessage;
import org.junit.jupiter.api.Test;
import org.mediation.registration.regionalday.api.EmailFingerprint;
import org.mediation.registration.regionalday.api.ParticipantCategory;
import org.mediation.registration.regionalday.api.ParticipantRegistered;
import org.mediation.registration.regionalday.api.PersonalData;
import org.mediation.registration.regionalday.api.PersonalDataErased;
import org.mediation.registration.regionalday.api.RegistrationStatus;
import org.mediation.registration.regionalday.api.SealedPersonalData;

/** One day's searchable names, folded from its events, in plain JUnit (the "cipher" reads the sealed fields as is). */
class DaySearchIndexTest {

    private static final String DAY = "day-1";

    private final DaySearchIndex index = new DaySearchIndex();
    private final Set<String> shredded = new HashSet<>();

    @Test
    void names_and_emails_match_without_case_or_accents_by_last_then_first_name() {
        index.catchUp(from -> Stream.of(
                registered(0, "r1", "Hélène", "Dupont", "h.dupont@example.org"),
                registered(1, "r2", "Jean", "Dupuis", "jd@mairie-lens.fr"),
                registered(2, "r3", "Zoé", "Lœuillet", "zoe@example.org")));

        assertThat(ids("HELENE")).containsExactly("r1");
        assertThat(ids("dup")).containsExactly("r1", "r2");
        assertThat(ids("mairie")).containsExactly("r2");
        assertThat(ids("loeu")).containsExactly("r3");
    }

    @Test
    void a_catch_up_reads_only_the_events_after_the_last_applied() {
        index.catchUp(from -> Stream.of(registered(0, "r1", "Hélène", "Dupont", "h@example.org")));
        List<Long> asked = new ArrayList<>();

        index.catchUp(from -> {
            asked.add(from);
            return Stream.of(registered(1, "r2", "Jean", "Dupuis", "j@example.org"));
        });

        assertThat(asked).containsExactly(1L);
        assertThat(ids("dup")).containsExactly("r1", "r2");
    }

    @Test
    void an_erased_person_is_removed_and_never_brought_back_by_events_read_before() {
        index.catchUp(from -> Stream.of(registered(0, "r1", "Hélène", "Dupont", "h@example.org")));
        assertThat(ids("dupont")).containsExactly("r1");

        index.erase("r1");
        DaySearchIndex readBefore = new DaySearchIndex();
        readBefore.erase("r1");
        readBefore.catchUp(from -> Stream.of(registered(0, "r1", "Hélène", "Dupont", "h@example.org")));

        assertThat(ids("dupont")).isEmpty();
        assertThat(readBefore.matching(new DeskQuery("dupont"), this::open)).isEmpty();
    }

    @Test
    void an_erasure_among_the_events_removes_the_person() {
        index.catchUp(from -> Stream.of(
                registered(0, "r1", "Hélène", "Dupont", "h@example.org"),
                new GenericDomainEventMessage<>("RegionalDay", DAY, 1, new PersonalDataErased(DAY, "r1"))));

        assertThat(ids("dupont")).isEmpty();
    }

    @Test
    void a_registration_whose_key_is_shredded_is_not_found() {
        shredded.add("r1");
        index.catchUp(from -> Stream.of(registered(0, "r1", "Hélène", "Dupont", "h@example.org")));

        assertThat(ids("dupont")).isEmpty();
    }

    @Test
    void a_query_has_two_to_254_characters_once_trimmed() {
        assertThat(new DeskQuery(" HÉ ").text()).isEqualTo("he");
        assertThatThrownBy(() -> new DeskQuery(" é ")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new DeskQuery(null)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new DeskQuery("x".repeat(255))).isInstanceOf(IllegalArgumentException.class);
    }

    private List<String> ids(String typed) {
        return index.matching(new DeskQuery(typed), this::open).stream()
                .map(SearchableRegistration::id)
                .toList();
    }

    /** The test's cipher: the sealed fields are the plain ones; a shredded key opens nothing. */
    private Map<String, PersonalData> open(Map<String, SealedPersonalData> sealed) {
        Map<String, PersonalData> opened = new HashMap<>();
        sealed.forEach((id, data) -> {
            if (!shredded.contains(id)) {
                opened.put(id, new PersonalData(data.firstName(), data.lastName(), data.email(), null));
            }
        });
        return opened;
    }

    private static DomainEventMessage<?> registered(
            long sequence, String id, String firstName, String lastName, String email) {
        return new GenericDomainEventMessage<>(
                "RegionalDay",
                DAY,
                sequence,
                new ParticipantRegistered(
                        DAY,
                        id,
                        RegistrationStatus.CONFIRMED,
                        new SealedPersonalData(firstName, lastName, email, "AMS Lens"),
                        new EmailFingerprint("hmac-" + email),
                        ParticipantCategory.MEDIATOR,
                        null));
    }
}
