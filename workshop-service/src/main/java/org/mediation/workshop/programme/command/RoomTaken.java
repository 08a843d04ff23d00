package org.mediation.workshop.programme.command;

import java.time.format.DateTimeFormatter;
import org.mediation.workshop.workshop.command.RuleViolation;

/** Refused: another workshop of the day holds the room at overlapping times; says which one, and when. */
public class RoomTaken extends RuleViolation {

    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm");

    private final String heldBy;
    private final Schedule held;

    RoomTaken(String heldBy, Schedule held) {
        this(heldBy, held, "workshop " + heldBy);
    }

    private RoomTaken(String heldBy, Schedule held, String holder) {
        super("The room '" + held.room() + "' is held by " + holder + " from "
                + held.startsAt().format(TIME) + " to " + held.endsAt().format(TIME) + ".");
        this.heldBy = heldBy;
        this.held = held;
    }

    /** The id of the workshop that holds the room. */
    public String heldBy() {
        return heldBy;
    }

    /** The same refusal, naming the workshop that holds the room by its title too. */
    public RoomTaken naming(String title) {
        return new RoomTaken(heldBy, held, "the workshop '" + title + "' (" + heldBy + ")");
    }
}
