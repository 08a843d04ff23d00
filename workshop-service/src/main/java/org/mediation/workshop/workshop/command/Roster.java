package org.mediation.workshop.workshop.command;

import java.util.HashMap;
import java.util.Map;
import org.mediation.workshop.workshop.api.Person;

/** The facilitators, or the speakers, of one workshop, by person id. */
final class Roster {

    private final String role;
    private final int limit;
    private final Map<String, Person> people = new HashMap<>();

    /** {@code role}: "facilitators" or "speakers", as the refusals say it. */
    Roster(String role, int limit) {
        this.role = role;
        this.limit = limit;
    }

    /** Rules: a person is named once in this role, and the role holds at most {@code limit} people. */
    void requireRoomFor(Person person) {
        if (people.containsValue(person)) {
            throw new RuleViolation("This person is already one of the workshop's " + role + ".");
        }
        if (people.size() >= limit) {
            throw new RuleViolation("The workshop already has " + limit + " " + role + ", the most it can have.");
        }
    }

    /** Rule: only a person named in this role can be removed from it. */
    void requireNamed(String personId) {
        if (!people.containsKey(personId)) {
            throw new UnknownPerson(personId, role);
        }
    }

    void named(String personId, Person person) {
        people.put(personId, person);
    }

    void removed(String personId) {
        people.remove(personId);
    }
}
