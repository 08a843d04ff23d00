package org.mediation.workshop.workshop.query;

import java.util.List;
import org.mediation.workshop.workshop.api.Person;

/** A facilitator or a speaker as shown: the id to remove them by, the name and the organisation. */
public record PersonView(String id, String name, String organisation) {

    /** The people of a workshop, each with an id: views written before people had ids get the derived one. */
    static List<PersonView> identified(String workshopId, List<PersonView> people) {
        if (people == null) {
            return List.of();
        }
        return people.stream()
                .map(person -> person.id() != null
                        ? person
                        : new PersonView(
                                new Person(person.name(), person.organisation()).legacyIdIn(workshopId),
                                person.name(),
                                person.organisation()))
                .toList();
    }
}
