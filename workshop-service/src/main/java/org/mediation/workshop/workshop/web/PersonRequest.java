package org.mediation.workshop.workshop.web;

import jakarta.validation.constraints.NotBlank;
import org.mediation.workshop.workshop.api.Person;

/** A facilitator or a speaker. */
record PersonRequest(@NotBlank String name, @NotBlank String organisation) {

    Person person() {
        return new Person(name, organisation);
    }
}
