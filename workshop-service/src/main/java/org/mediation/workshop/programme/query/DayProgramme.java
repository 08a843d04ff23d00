package org.mediation.workshop.programme.query;

import java.time.LocalDate;
import java.util.List;
import org.mediation.workshop.workshop.query.ProgrammeEntry;

/**
 * The programme of a regional day: its date and venue as registration published them ({@code null} while not known
 * here), and its workshops in {@link ProgrammeEntry#ORDER}.
 */
public record DayProgramme(String regionalDayId, LocalDate date, String venue, List<ProgrammeEntry> workshops) {}
