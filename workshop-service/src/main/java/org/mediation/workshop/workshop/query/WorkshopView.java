package org.mediation.workshop.workshop.query;

import java.util.ArrayList;
import java.util.List;
import org.mediation.workshop.workshop.api.Person;
import org.mediation.workshop.workshop.api.ReportStatus;

/** The read model of a workshop: the live contributions only, and the number of enrolled participants. */
public record WorkshopView(
        String id,
        String regionalDayId,
        String region,
        String themeCode,
        String title,
        int capacity,
        int enrolled,
        List<Person> facilitators,
        List<Person> speakers,
        RapporteurView rapporteur,
        ReportStatus reportStatus,
        List<ContributionView> contributions) {

    static WorkshopView planned(
            String id, String regionalDayId, String region, String themeCode, String title, int capacity) {
        return new WorkshopView(
                id,
                regionalDayId,
                region,
                themeCode,
                title,
                capacity,
                0,
                List.of(),
                List.of(),
                null,
                ReportStatus.DRAFT,
                List.of());
    }

    /** The user id of the assigned rapporteur, or {@code null} while there is none. */
    public String rapporteurUserId() {
        return rapporteur == null ? null : rapporteur.userId();
    }

    WorkshopView withFacilitator(Person facilitator) {
        return new WorkshopView(
                id,
                regionalDayId,
                region,
                themeCode,
                title,
                capacity,
                enrolled,
                append(facilitators, facilitator),
                speakers,
                rapporteur,
                reportStatus,
                contributions);
    }

    WorkshopView withSpeaker(Person speaker) {
        return new WorkshopView(
                id,
                regionalDayId,
                region,
                themeCode,
                title,
                capacity,
                enrolled,
                facilitators,
                append(speakers, speaker),
                rapporteur,
                reportStatus,
                contributions);
    }

    WorkshopView withRapporteur(RapporteurView named) {
        return new WorkshopView(
                id,
                regionalDayId,
                region,
                themeCode,
                title,
                capacity,
                enrolled,
                facilitators,
                speakers,
                named,
                reportStatus,
                contributions);
    }

    WorkshopView withEnrolled(int count) {
        return new WorkshopView(
                id,
                regionalDayId,
                region,
                themeCode,
                title,
                capacity,
                count,
                facilitators,
                speakers,
                rapporteur,
                reportStatus,
                contributions);
    }

    WorkshopView withReportStatus(ReportStatus status) {
        return new WorkshopView(
                id,
                regionalDayId,
                region,
                themeCode,
                title,
                capacity,
                enrolled,
                facilitators,
                speakers,
                rapporteur,
                status,
                contributions);
    }

    /** Adds the contribution, or replaces the one with the same id in place. */
    WorkshopView withContribution(ContributionView contribution) {
        List<ContributionView> next = new ArrayList<>(withoutContribution(contribution.id()).contributions);
        int at = indexOf(contribution.id());
        next.add(at < 0 ? next.size() : at, contribution);
        return withContributions(next);
    }

    WorkshopView withoutContribution(String contributionId) {
        return withContributions(contributions.stream()
                .filter(contribution -> !contribution.id().equals(contributionId))
                .toList());
    }

    private WorkshopView withContributions(List<ContributionView> next) {
        return new WorkshopView(
                id,
                regionalDayId,
                region,
                themeCode,
                title,
                capacity,
                enrolled,
                facilitators,
                speakers,
                rapporteur,
                reportStatus,
                List.copyOf(next));
    }

    private int indexOf(String contributionId) {
        for (int i = 0; i < contributions.size(); i++) {
            if (contributions.get(i).id().equals(contributionId)) {
                return i;
            }
        }
        return -1;
    }

    private static <T> List<T> append(List<T> list, T item) {
        List<T> next = new ArrayList<>(list);
        next.add(item);
        return List.copyOf(next);
    }
}
