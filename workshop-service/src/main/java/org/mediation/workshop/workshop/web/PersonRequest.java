package org.mediation.workshop.workshop.web;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import org.mediation.workshop.workshop.api.Person;

/** A facilitator or a speaker. */
record PersonRequest(
        @NotBlank @Size(max = 200) String name,
        @NotBlank @Size(max = 200) String organisation) {

    Person person() {
        return new Person(name, organisation);
    }
}
