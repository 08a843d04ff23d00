package org.mediation.synthesis.national;

import java.time.LocalDate;
import org.mediation.synthesis.regional.DayFigures;

/**
 * A day as a checkpoint holds it: the checkpoint its state was last written at, its figures (none while the day is
 * not known) and its date, so a read of some days (a restitution's period) opens only their states; a checkpoint
 * written before the date was kept has none, and its days' states are opened to learn it.
 */
record CheckpointedDay(String regionalDayId, long stateAt, DayFigures figures, LocalDate date) {}
