package org.mediation.registration.notice;

/** What a participant is told, with the mail's French subject and first sentence. */
enum NoticeKind {
    CONFIRMED("Votre inscription est confirmée", "Votre inscription est confirmée : une place vous attend."),
    WAITLISTED(
            "Vous êtes sur liste d'attente",
            "La journée est complète : vous êtes sur liste d'attente. Nous vous écrirons dès qu'une place se libère."),
    PROMOTED(
            "Une place s'est libérée : votre inscription est confirmée",
            "Une place s'est libérée : vous quittez la liste d'attente et votre inscription est confirmée."),
    CANCELLED("Votre inscription est annulée", "Votre inscription est annulée."),
    REMINDER("Rappel : votre journée régionale approche", "Votre journée régionale approche : nous vous y attendons."),
    REPEATED(
            "Vous êtes déjà inscrit·e",
            "Une nouvelle inscription à cette journée a été demandée avec votre adresse. Vous y êtes déjà inscrit·e :"
                    + " rien n'a changé. Si ce n'était pas vous, vous pouvez ignorer ce courriel.");

    final String subject;
    final String lead;

    NoticeKind(String subject, String lead) {
        this.subject = subject;
        this.lead = lead;
    }
}
