package org.mediation.registration.regionalday.search;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mediation.registration.RegistrationApi.days;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.UUID;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.junit.jupiter.api.Test;
import org.mediation.local.Tokens;
import org.mediation.registration.RegistrationApi;
import org.mediation.registration.RegistrationServiceTest;
import org.mediation.registration.personaldata.EmailFingerprints;
import org.mediation.registration.personaldata.PersonalDataCipher;
import org.mediation.registration.regionalday.api.ParticipantCategory;
import org.mediation.registration.regionalday.api.PersonalData;
import org.mediation.registration.regionalday.api.RegisterParticipant;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;

/**
 * A day of 1,000 registrations searched as the desk types: the first search opens the day, the next 200 (three
 * letters each, accents and capitals as typed) are answered from memory. Prints the latencies through the API; asserts
 * the answers (the first 20 ids by name, and the total), never a time.
 */
class WelcomeDeskSearchTest extends RegistrationServiceTest {

    private static final String HDF = Tokens.regionalTeam("FR-HDF");
    private static final int PARTICIPANTS = 1_000;
    private static final int SEARCHES = 200;
    private static final List<String> FIRST_NAMES = List.of(
            "Hélène",
            "Héloïse",
            "Zoé",
            "Jérôme",
            "François",
            "Noémie",
            "Anaïs",
            "Loïc",
            "Maëlle",
            "Joël",
            "Agnès",
            "Cécile",
            "Benoît",
            "Céline",
            "Gaëlle",
            "Jean",
            "Marie",
            "Pierre",
            "Lucie",
            "Thomas");
    private static final List<String> LAST_NAMES = List.of(
            "Dupont",
            "Lefèvre",
            "Lemaître",
            "Béranger",
            "Dupuis",
            "Gaillard",
            "Hébert",
            "Lécuyer",
            "Noël",
            "Rivière",
            "Séguin",
            "Thébault",
            "Vallée",
            "Lœuillet",
            "Martin",
            "Durand",
            "Leroy",
            "Moreau",
            "Girard",
            "Mercier",
            "Fournier",
            "Lambert",
            "Bonnet",
            "François",
            "Garnier",
            "Chevalier",
            "Robin",
            "Clément",
            "Gauthier",
            "Perrin",
            "Masson",
            "Brun",
            "Blanc",
            "Guérin",
            "Boyer",
            "Faure",
            "André",
            "Roussel",
            "Mathieu",
            "Fontaine",
            "Rousseau",
            "Lefebvre",
            "Morel",
            "Sanchez",
            "Meunier",
            "Dumont",
            "Barbier",
            "Caron",
            "Aubert",
            "Marchand");

    @Autowired
    TestRestTemplate http;

    @Autowired
    CommandGateway commands;

    @Autowired
    PersonalDataCipher cipher;

    @Autowired
    EmailFingerprints fingerprints;

    @Test
    void two_hundred_searches_of_a_day_of_1000_answer_the_expected_registrations() {
        RegistrationApi api = new RegistrationApi(http);
        String dayId = api.scheduleOpenDay(HDF, "FR-HDF", PARTICIPANTS);
        Map<String, PersonalData> people = registerParticipants(dayId);
        List<Person> plain = people.entrySet().stream()
                .map(entry -> Person.of(entry.getKey(), entry.getValue()))
                .toList();
        Random random = new Random(2019_12_04);

        long first = System.nanoTime();
        assertAnswer(search(api, dayId, "dup"), "dup", plain);
        first = System.nanoTime() - first;
        List<Long> latencies = new ArrayList<>();
        for (int i = 0; i < SEARCHES; i++) {
            String typed = threeLettersOf(new ArrayList<>(people.values()), random);
            long start = System.nanoTime();
            ResponseEntity<Map<String, Object>> answer = search(api, dayId, typed);
            latencies.add(System.nanoTime() - start);
            assertAnswer(answer, typed, plain);
        }

        latencies.sort(Comparator.naturalOrder());
        System.out.printf(
                "Welcome desk search, %d registrations: first %.1f ms; then %d searches p50 %.1f ms, p95 %.1f ms,"
                        + " max %.1f ms%n",
                PARTICIPANTS,
                first / 1e6,
                SEARCHES,
                latencies.get(SEARCHES / 2) / 1e6,
                latencies.get(SEARCHES * 95 / 100) / 1e6,
                latencies.get(SEARCHES - 1) / 1e6);
    }

    private Map<String, PersonalData> registerParticipants(String dayId) {
        Map<String, PersonalData> people = new LinkedHashMap<>();
        for (int i = 0; i < PARTICIPANTS; i++) {
            String id = UUID.randomUUID().toString();
            PersonalData person = new PersonalData(
                    FIRST_NAMES.get(i % FIRST_NAMES.size()),
                    LAST_NAMES.get(i / FIRST_NAMES.size() % LAST_NAMES.size()),
                    "p" + i + "@asso-" + (i % 7) + ".fr",
                    "AMS Lens");
            commands.sendAndWait(new RegisterParticipant(
                    dayId,
                    id,
                    cipher.seal(id, person),
                    fingerprints.of(dayId, person.email()),
                    ParticipantCategory.MEDIATOR));
            people.put(id, person);
        }
        return people;
    }

    /** Three letters of a name or email as typed at the desk: accents kept, sometimes in capitals. */
    private static String threeLettersOf(List<PersonalData> people, Random random) {
        PersonalData person = people.get(random.nextInt(people.size()));
        String source =
                List.of(person.firstName(), person.lastName(), person.email()).get(random.nextInt(3));
        int start = random.nextInt(source.length() - 2);
        String typed = source.substring(start, start + 3);
        return random.nextBoolean() ? typed.toUpperCase(Locale.ROOT) : typed;
    }

    private static ResponseEntity<Map<String, Object>> search(RegistrationApi api, String dayId, String typed) {
        return api.call(HttpMethod.GET, days(dayId, "/registrations?q=" + typed), HDF, null);
    }

    private static void assertAnswer(ResponseEntity<Map<String, Object>> answer, String typed, List<Person> people) {
        String text = plain(typed);
        List<String> expected = people.stream()
                .filter(person -> person.contains(text))
                .sorted(Person.BY_NAME)
                .map(Person::id)
                .toList();
        assertThat(answer.getStatusCode()).as(typed).isEqualTo(HttpStatus.OK);
        assertThat(answer.getBody()).as(typed).containsEntry("total", expected.size());
        assertThat(ids(answer.getBody()))
                .as(typed)
                .containsExactlyElementsOf(expected.subList(0, Math.min(20, expected.size())));
    }

    private static String plain(String text) {
        return Normalizer.normalize(text.toLowerCase(Locale.ROOT), Normalizer.Form.NFD)
                .replaceAll("\\p{M}", "")
                .replace("œ", "oe");
    }

    /** A participant as the test compares it, written plain on its own (not with the code under test). */
    private record Person(String id, String lastName, String firstName, String email) {

        static final Comparator<Person> BY_NAME = Comparator.comparing(Person::lastName)
                .thenComparing(Person::firstName)
                .thenComparing(Person::id);

        static Person of(String id, PersonalData data) {
            return new Person(id, plain(data.lastName()), plain(data.firstName()), plain(data.email()));
        }

        boolean contains(String text) {
            return lastName.contains(text) || firstName.contains(text) || email.contains(text);
        }
    }

    @SuppressWarnings("unchecked")
    private static List<String> ids(Map<String, Object> page) {
        return ((List<Map<String, Object>>) page.get("items"))
                .stream().map(item -> (String) item.get("id")).toList();
    }
}
