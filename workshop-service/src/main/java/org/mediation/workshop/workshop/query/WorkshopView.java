package org.mediation.workshop.workshop.query;

import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import org.mediation.workshop.workshop.api.ReportStatus;

/**
 * The read model of a workshop: the people named and not removed, the live contributions only, each with its current
 * text (no superseded text is kept), the number of enrolled participants, and its schedule in the day's programme
 * (times and room, each {@code null} until given).
 */
public record WorkshopView(
        String id,
        String regionalDayId,
        String region,
        String themeCode,
        String title,
        int capacity,
        int enrolled,
        List<PersonView> facilitators,
        List<PersonView> speakers,
        RapporteurView rapporteur,
        ReportStatus reportStatus,
        List<ContributionView> contributions,
        LocalDateTime startsAt,
        LocalDateTime endsAt,
        String room) {

    public WorkshopView {
        facilitators = PersonView.identified(id, facilitators);
        speakers = PersonView.identified(id, speakers);
    }

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
                List.of(),
                null,
                null,
                null);
    }

    /** The user id of the assigned rapporteur, or {@code null} while there is none. */
    public String rapporteurUserId() {
        return rapporteur == null ? null : rapporteur.userId();
    }

    WorkshopView withFacilitator(PersonView facilitator) {
        return withPeople(append(facilitators, facilitator), speakers);
    }

    WorkshopView withoutFacilitator(String personId) {
        return withPeople(without(facilitators, personId), speakers);
    }

    WorkshopView withSpeaker(PersonView speaker) {
        return withPeople(facilitators, append(speakers, speaker));
    }

    WorkshopView withoutSpeaker(String personId) {
        return withPeople(facilitators, without(speakers, personId));
    }

    private WorkshopView withPeople(List<PersonView> nextFacilitators, List<PersonView> nextSpeakers) {
        return new WorkshopView(
                id,
                regionalDayId,
                region,
                themeCode,
                title,
                capacity,
                enrolled,
                nextFacilitators,
                nextSpeakers,
                rapporteur,
                reportStatus,
                contributions,
                startsAt,
                endsAt,
                room);
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
                contributions,
                startsAt,
                endsAt,
                room);
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
                contributions,
                startsAt,
                endsAt,
                room);
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
                contributions,
                startsAt,
                endsAt,
                room);
    }

    /** The workshop as scheduled in the day's programme. */
    WorkshopView withSchedule(LocalDateTime nextStartsAt, LocalDateTime nextEndsAt, String nextRoom) {
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
                contributions,
                nextStartsAt,
                nextEndsAt,
                nextRoom);
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
                List.copyOf(next),
                startsAt,
                endsAt,
                room);
    }

    private int indexOf(String contributionId) {
        for (int i = 0; i < contributions.size(); i++) {
            if (contributions.get(i).id().equals(contributionId)) {
                return i;
            }
        }
        return -1;
    }

    private static List<PersonView> without(List<PersonView> people, String personId) {
        return people.stream().filter(person -> !person.id().equals(personId)).toList();
    }

    private static <T> List<T> append(List<T> list, T item) {
        List<T> next = new ArrayList<>(list);
        next.add(item);
        return List.copyOf(next);
    }
}
