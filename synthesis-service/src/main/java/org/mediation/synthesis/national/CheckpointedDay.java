package org.mediation.synthesis.national;

import org.mediation.synthesis.regional.DayFigures;

/**
 * A day as a checkpoint holds it: the checkpoint its state was last written at, and its figures (none while the day
 * is not known).
 */
record CheckpointedDay(String regionalDayId, long stateAt, DayFigures figures) {}
